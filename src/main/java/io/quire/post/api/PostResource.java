package io.quire.post.api;

import io.quire.post.service.PostDetailService;
import io.quire.post.service.PostDetailService.Lookup;
import io.quire.post.service.PostListService;
import io.quire.post.service.PostQuery;
import io.quire.post.view.PostDetail;
import io.quire.web.InvalidParametersException;
import io.quire.web.NotFoundProblem;
import io.quire.web.Problem;
import io.quire.web.Viewer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Published posts: lists with filters, sorting and paging, and single posts")
public class PostResource {

    private final PostListService lists;
    private final PostDetailService details;
    private final PostListQueries queries;
    private final PostListResponses responses;
    private final Viewer viewer;

    public PostResource(
            PostListService lists,
            PostDetailService details,
            PostListQueries queries,
            PostListResponses responses,
            Viewer viewer) {
        this.lists = lists;
        this.details = details;
        this.queries = queries;
        this.responses = responses;
        this.viewer = viewer;
    }

    @GET
    @Operation(
            operationId = "listPosts",
            summary = "List published posts",
            description = "Paged, filtered and sorted summaries of published posts (no body). Follow the Link"
                    + " header (rel=next) to page through them.")
    @APIResponse(
            responseCode = "200",
            description = "One page of posts",
            content = @Content(schema = @Schema(implementation = PostPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter has a value the API cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam PostListParams params) {
        PostQuery query = queries.read(params);
        return responses.pageResponse(lists.list(query), query, params.uri());
    }

    @GET
    @Path("/{key}")
    @Operation(
            operationId = "getPost",
            summary = "Get one published post by slug or id",
            description = "The post with its rendered HTML, table of contents, neighbours and related posts. The key"
                    + " is matched against slugs first, then ids, exactly (case-sensitive). An alias or a former slug"
                    + " answers 301 to the canonical URL.")
    @APIResponse(
            responseCode = "200",
            description = "The post",
            content = @Content(schema = @Schema(implementation = PostDetail.class)))
    @APIResponse(
            responseCode = "301",
            description = "The key is an alias or a former slug of a published post",
            headers =
                    @Header(
                            name = "Location",
                            description = "The post's canonical URL (absolute), with the query string kept; lang set"
                                    + " to the post's language when the request had lang or the slug alone would"
                                    + " find the post of another language",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "400",
            description = "include has a value other than markdown, or lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No published post has this slug or id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @PathParam("key") @Parameter(description = "Slug or id of the post") String key,
            @QueryParam("include")
                    @Parameter(
                            description =
                                    "`markdown` adds the raw Markdown body (`markdown`). Also accepted comma-separated"
                                            + " or repeated; any other value is a 400.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"markdown"}))
                    List<String> include,
            @QueryParam("preview")
                    @Parameter(
                            description = "The preview token (quire.preview.token): also find drafts, scheduled and"
                                    + " expired posts. A wrong token is a 401. Servers should rather send it as"
                                    + " `Authorization: Bearer`.")
                    String preview,
            @QueryParam("lang")
                    @Parameter(
                            description = "The language of the post to return when the slug exists in several"
                                    + " (a BCP 47 tag: de, pt-BR). Without it, the post in"
                                    + " quire.content.default-language comes first, then the first language by tag;"
                                    + " the answer lists the others in translations. Not a language tag is a 400.")
                    String lang,
            @Context UriInfo uri) {
        String language = LanguageParameter.of(uri);
        boolean markdown = false;
        for (String value : include == null ? List.<String>of() : include) {
            for (String part : value.split(",", -1)) {
                if (part.strip().equals("markdown")) {
                    markdown = true;
                } else {
                    throw new InvalidParametersException("include", "only 'markdown' can be included");
                }
            }
        }
        Lookup lookup = details.find(key, markdown, viewer.preview(), language);
        if (lookup instanceof Lookup.Found found) {
            return Response.ok(found.post()).build();
        }
        if (lookup instanceof Lookup.Moved moved) {
            UriBuilder location = uri.getBaseUriBuilder()
                    .path("api/posts/{slug}")
                    .replaceQuery(uri.getRequestUri().getRawQuery());
            if (moved.lang() != null) {
                location.replaceQueryParam(LanguageParameter.NAME, moved.lang());
            }
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(location.build(moved.slug()))
                    .build();
        }
        throw new NotFoundProblem("No published post has the slug or id '" + key + "'.");
    }
}
