package io.quire.web.openapi;

import io.quire.archive.api.ArchiveResource;
import io.quire.asset.api.AssetResource;
import io.quire.feed.api.SitemapResource;
import io.quire.post.api.ListEndpoint;
import io.quire.post.api.PostResource;
import io.quire.sync.api.SyncResource;
import io.quire.tag.api.TagResource;
import io.quire.web.EndpointDeclaration;
import io.quire.web.ParameterDeclarations;
import io.quire.web.QueryParameter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every endpoint whose query parameters are declared ({@link EndpointDeclaration}), in one list: the
 * OpenAPI document is written from it ({@link QueryParameters}) and the parameter checks read it (as
 * the {@link ParameterDeclarations} bean), so that the two cannot disagree.
 */
@Singleton
public class DeclaredEndpoints implements ParameterDeclarations {

    static final List<EndpointDeclaration> ALL = all();

    private static List<EndpointDeclaration> all() {
        List<EndpointDeclaration> all = new ArrayList<>(Arrays.asList(ListEndpoint.values()));
        all.add(PostResource.GET_POST);
        all.addAll(TagResource.ENDPOINTS);
        all.add(ArchiveResource.ENDPOINT);
        all.add(SitemapResource.ENDPOINT);
        all.addAll(AssetResource.ENDPOINTS);
        all.add(SyncResource.ENDPOINT);
        return List.copyOf(all);
    }

    /** The declaration of the operation with this operationId, if it has one. */
    static Optional<EndpointDeclaration> of(String operationId) {
        return ALL.stream()
                .filter(endpoint -> endpoint.operationIds().contains(operationId))
                .findFirst();
    }

    @Override
    public Optional<List<String>> ofOperation(String operationId) {
        return of(operationId)
                .map(endpoint -> endpoint.parameters().stream()
                        .map(QueryParameter::parameterName)
                        .toList());
    }
}
