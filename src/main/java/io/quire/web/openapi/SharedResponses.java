package io.quire.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Operations that answer as another operation does: their responses are taken from that one, where
 * they are written once (on its resource method), but for those it alone gives.
 */
final class SharedResponses {

    /**
     * @param operationId the operation that takes the responses
     * @param from the operation whose responses it takes
     * @param except the statuses only {@code from} answers
     */
    record Shared(String operationId, String from, Set<String> except) {}

    /** The current URL of an asset serves what its content-hashed URL serves, without the redirect. */
    static final List<Shared> SHARED = List.of(new Shared("getAsset", "getAssetVersion", Set.of("302")));

    private SharedResponses() {}

    static void apply(Paths paths) {
        for (Shared shared : SHARED) {
            Operation to = operation(paths, shared.operationId());
            for (Map.Entry<String, APIResponse> response : operation(paths, shared.from())
                    .getResponses()
                    .getAPIResponses()
                    .entrySet()) {
                if (!shared.except().contains(response.getKey())) {
                    to.getResponses().addAPIResponse(response.getKey(), response.getValue());
                }
            }
        }
    }

    private static Operation operation(Paths paths, String operationId) {
        return paths.getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The OpenAPI document has no operation " + operationId));
    }
}
