package io.quire.web;

import java.util.List;
import java.util.Optional;

/**
 * Query parameters declared apart from the {@code @QueryParam}s of a resource method: the list
 * endpoints', whose one declaration the OpenAPI document is written from ({@code
 * io.quire.post.api.ListEndpoint}). A bean of the feature that owns them implements it, so that this
 * package does not depend on features.
 */
public interface ParameterDeclarations {

    /** The query parameters of the operation with this OpenAPI operationId, if it declares them here. */
    Optional<List<String>> ofOperation(String operationId);
}
