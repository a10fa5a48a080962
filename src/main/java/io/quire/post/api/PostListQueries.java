package io.quire.post.api;

import io.quire.config.QuireConfig;
import io.quire.post.service.PostFieldCatalog;
import io.quire.post.service.PostQuery;
import io.quire.web.InvalidParametersException;
import io.quire.web.Problem.FieldError;
import io.quire.web.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * A post list's parameters read as a {@link PostQuery}, the one way the lists of posts, of a tag's
 * posts and of search hits read them: the API's page sizes ({@code quire.api.*}), the front matter
 * keys {@code fields=} may name, and the viewer's preview. Feeds read them with their own page size and
 * no preview ({@code FeedResource}).
 */
@ApplicationScoped
public class PostListQueries {

    private final QuireConfig config;
    private final PostFieldCatalog fieldCatalog;
    private final Viewer viewer;

    public PostListQueries(QuireConfig config, PostFieldCatalog fieldCatalog, Viewer viewer) {
        this.config = config;
        this.fieldCatalog = fieldCatalog;
        this.viewer = viewer;
    }

    /** The query; a 400 naming every parameter the API cannot use. */
    public PostQuery read(PostListParams params) {
        return read(params, List.of());
    }

    /**
     * Like {@link #read(PostListParams)}, with the errors the endpoint found itself (search's
     * required {@code q}) reported first, in the same 400 as those of the parameters.
     */
    public PostQuery read(PostListParams params, List<FieldError> endpointErrors) {
        List<FieldError> errors = new ArrayList<>(endpointErrors);
        PostQuery query = null;
        try {
            query = params.toQuery(
                    config.api().defaultPageSize(),
                    config.api().maxPageSize(),
                    fieldCatalog::isFrontMatterKey,
                    viewer.preview());
        } catch (InvalidParametersException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return query;
    }
}
