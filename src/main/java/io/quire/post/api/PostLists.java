package io.quire.post.api;

import io.quire.post.service.PostListService;
import io.quire.post.service.PostQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.UnaryOperator;

/**
 * A page of posts as the post list endpoints answer it ({@code /api/posts}, a tag's posts): the
 * parameters read ({@link PostListQueries}), the page listed, the response mapped ({@link
 * PostListResponses}).
 */
@ApplicationScoped
public class PostLists {

    private final PostListQueries queries;
    private final PostListService lists;
    private final PostListResponses responses;

    public PostLists(PostListQueries queries, PostListService lists, PostListResponses responses) {
        this.queries = queries;
        this.lists = lists;
        this.responses = responses;
    }

    /**
     * @param scope narrows the query the parameters give (a tag's posts require the tag)
     */
    public Response respond(PostListParams params, UnaryOperator<PostQuery> scope) {
        PostQuery query = scope.apply(queries.read(params));
        return responses.pageResponse(lists.list(query), query, params.uri());
    }
}
