package io.quire.post.api;

import io.quire.web.ParameterDeclarations;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of the list endpoints as {@link ListEndpoint} declares them, for the parameter
 * checks: the same list the OpenAPI document gives for each of their operations.
 */
@Singleton
public class ListEndpointParameters implements ParameterDeclarations {

    @Override
    public Optional<List<String>> ofOperation(String operationId) {
        return Arrays.stream(ListEndpoint.values())
                .filter(endpoint -> endpoint.operationIds().contains(operationId))
                .findFirst()
                .map(endpoint -> endpoint.parameters().stream()
                        .map(ListParameter::parameterName)
                        .toList());
    }
}
