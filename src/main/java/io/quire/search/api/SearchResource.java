package io.quire.search.api;

import io.quire.post.api.PostListParams;
import io.quire.post.api.PostListQueries;
import io.quire.post.api.PostListResponses;
import io.quire.post.service.PostQuery;
import io.quire.search.service.SearchService;
import io.quire.web.Problem;
import io.quire.web.Problem.FieldError;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search of published posts")
public class SearchResource {

    private final SearchService search;
    private final PostListQueries queries;
    private final PostListResponses responses;
    private final SearchResponses searchResponses;
    private final Clock clock;

    public SearchResource(
            SearchService search,
            PostListQueries queries,
            PostListResponses responses,
            SearchResponses searchResponses,
            Clock clock) {
        this.search = search;
        this.queries = queries;
        this.responses = responses;
        this.searchResponses = searchResponses;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "searchPosts",
            summary = "Full-text search of published posts",
            description = "Ranked hits for q over title, tags, excerpt and body, with highlighted snippets and the tags"
                    + " of the whole result. Every word must occur; `a | b` for either, `\"an exact phrase\"`,"
                    + " `deploy*` for a prefix, `-word` to leave out. When the words as written (and their other"
                    + " forms in each post's language) find nothing, words of 5 or more letters also match with a typo. Syntax errors are"
                    + " never an error: an unclosed quote is taken literally. The filters, paging and `sort`/`fields` work as on /api/posts; the default order is"
                    + " relevance.")
    @APIResponse(
            responseCode = "200",
            description = "One page of hits; empty when nothing matches (also for a query of only stop words)",
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "q is missing or blank, or a parameter has a value the API cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@BeanParam PostListParams params) {
        List<FieldError> errors = new ArrayList<>();
        String q = params.uri().getQueryParameters().getFirst("q");
        if (q == null || q.isBlank()) {
            errors.add(new FieldError("q", "is required: the text to search for"));
        }
        PostQuery query = queries.read(params, errors);
        SearchPage page = searchResponses.page(search.search(query, clock.instant()), query);
        return responses.pageResponse(page, page.paging(), params.uri());
    }
}
