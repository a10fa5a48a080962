package io.quire.post.api;

import io.quire.post.service.PostDetailService;
import io.quire.post.service.PostDetailService.Lookup;
import io.quire.web.EndpointDeclaration;
import io.quire.web.InvalidParametersException;
import io.quire.web.NotFoundProblem;
import io.quire.web.ParameterValue;
import io.quire.web.PreviewRequest;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import io.quire.web.Viewer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    /** {@code ?include=markdown}: also the raw Markdown body. */
    static final QueryParameter INCLUDE = QueryParameter.single(
            "include",
            "`markdown` adds the raw Markdown body (`markdown`). Also accepted comma-separated or repeated; any other"
                    + " value is a 400.",
            ParameterValue.oneOf(List.of("markdown")));

    /** The parameters of {@code getPost}. */
    public static final EndpointDeclaration GET_POST = EndpointDeclaration.of(
                    "getPost", INCLUDE, LanguageParameter.DECLARED, PreviewRequest.DECLARED)
            .describing(
                    PreviewRequest.DECLARED,
                    "The preview token (quire.preview.token): also find drafts, scheduled and expired posts. A wrong"
                            + " token is a 401. Servers should rather send it as `Authorization: Bearer`.")
            .describing(
                    LanguageParameter.DECLARED,
                    "The language of the post to return when the slug exists in several (a BCP 47 tag: de, pt-BR)."
                            + " Without it, the post in quire.content.default-language comes first, then the first"
                            + " language by tag; the answer lists the others in translations. Not a language tag is a"
                            + " 400.");

    private final PostLists lists;
    private final PostDetailService details;
    private final Viewer viewer;

    public PostResource(PostLists lists, PostDetailService details, Viewer viewer) {
        this.lists = lists;
        this.details = details;
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
    public Response list(@BeanParam PostListParams params) {
        return lists.respond(params, query -> query);
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
            content = @Content(schema = @Schema(implementation = PostDetailResponse.class)))
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
            @PathParam("key") @Parameter(description = "Slug or id of the post") String key, @Context UriInfo uri) {
        QueryReader reader = QueryReader.of(uri);
        String language = LanguageParameter.read(reader);
        reader.done();
        boolean markdown = markdown(reader.values(INCLUDE));
        Lookup lookup = details.find(key, markdown, viewer.preview(), language);
        if (lookup instanceof Lookup.Found found) {
            return Response.ok(PostResponses.detail(found.post())).build();
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

    /** Whether {@code include} asks for the Markdown body: each value, or comma-separated part, must be it. */
    private static boolean markdown(List<String> include) {
        boolean markdown = false;
        for (String value : include) {
            for (String part : value.split(",", -1)) {
                if (!part.strip().equals("markdown")) {
                    throw new InvalidParametersException(INCLUDE.parameterName(), "only 'markdown' can be included");
                }
                markdown = true;
            }
        }
        return markdown;
    }
}
