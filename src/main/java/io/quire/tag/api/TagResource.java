package io.quire.tag.api;

import io.quire.post.api.LanguageParameter;
import io.quire.post.api.PostListParams;
import io.quire.post.api.PostLists;
import io.quire.post.api.PostPage;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostListService;
import io.quire.replica.ReplicaRead;
import io.quire.tag.domain.TagRepository;
import io.quire.web.ControlCharacters;
import io.quire.web.EndpointDeclaration;
import io.quire.web.NotFoundProblem;
import io.quire.web.ParameterValue;
import io.quire.web.PreviewRequest;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import io.quire.web.Viewer;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Tags of published posts, and the posts of one tag")
public class TagResource {

    /** {@code ?sort=} of the tag list. */
    static final QueryParameter SORT = QueryParameter.single(
            "sort", "`count` (default) or `name`", ParameterValue.oneOf(List.of("count", "name")));

    /** The parameters of {@code listTags} and {@code getTag}; {@code listTagPosts} is a list endpoint. */
    public static final List<EndpointDeclaration> ENDPOINTS = List.of(
            EndpointDeclaration.of("listTags", LanguageParameter.DECLARED, PreviewRequest.DECLARED, SORT),
            EndpointDeclaration.of("getTag", LanguageParameter.DECLARED, PreviewRequest.DECLARED));

    private final TagRepository tags;
    private final PostListService posts;
    private final PostLists lists;
    private final Viewer viewer;
    private final Clock clock;

    public TagResource(TagRepository tags, PostListService posts, PostLists lists, Clock clock, Viewer viewer) {
        this.tags = tags;
        this.posts = posts;
        this.lists = lists;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GET
    @Transactional
    @ReplicaRead
    @Operation(
            operationId = "listTags",
            summary = "Tags of published posts with their counts",
            description = "Ordered by count (descending) then name, or by name with sort=name. With lang, the tags"
                    + " of the posts in that language, counted among them.")
    @APIResponse(
            responseCode = "200",
            description = "Every tag of a published post",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TagCountResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown sort, or lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TagCountResponse> list(@Context UriInfo uri) {
        QueryReader reader = QueryReader.of(uri);
        String order = reader.oneOf(SORT, "must be count or name");
        LanguageFilter language = LanguageFilter.of(LanguageParameter.read(reader));
        reader.done();
        boolean byName = "name".equals(order);
        return tags.visibleCounts(visibility(), language, byName).stream()
                .map(TagResponses::of)
                .toList();
    }

    @GET
    @Path("/{slug}")
    @Transactional
    @ReplicaRead
    @Operation(
            operationId = "getTag",
            summary = "One tag with its count of published posts",
            description = "The tag by its slug, matched exactly; a tag that only unpublished posts carry is a 404."
                    + " With lang, counted among the posts in that language (a 404 when none of them has it).")
    @APIResponse(
            responseCode = "200",
            description = "The tag",
            content = @Content(schema = @Schema(implementation = TagCountResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TagCountResponse get(
            @PathParam("slug") @Parameter(description = "The tag's slug, exactly as /api/tags gives it") String slug,
            @Context UriInfo uri) {
        return count(slug, LanguageParameter.onlyParameter(uri));
    }

    private TagCountResponse count(String slug, LanguageFilter language) {
        if (ControlCharacters.in(slug)) {
            throw unknownTag(slug);
        }
        return tags.visibleCount(slug, visibility(), language)
                .map(TagResponses::of)
                .orElseThrow(() -> unknownTag(slug));
    }

    @GET
    @Path("/{slug}/posts")
    @Operation(
            operationId = "listTagPosts",
            summary = "Published posts with this tag",
            description = "The same as /api/posts?tag={slug}, with the same parameters (an extra tag narrows"
                    + " further); 404 when the tag has no published posts.")
    @APIResponse(
            responseCode = "200",
            description = "One page of posts",
            content = @Content(schema = @Schema(implementation = PostPage.class)))
    @APIResponse(
            responseCode = "404",
            description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReplicaRead
    @Transactional // the 404 check and the page read one snapshot
    public Response posts(
            @PathParam("slug") @Parameter(description = "The tag's slug, exactly as /api/tags gives it") String slug,
            @BeanParam PostListParams params) {
        if (ControlCharacters.in(slug) || !posts.hasVisiblePosts(slug, visibility())) {
            throw unknownTag(slug);
        }
        return lists.respond(params, query -> query.withRequiredTag(slug));
    }

    /** Published posts count; with the preview token, every post (see docs/api.md). */
    private Visibility visibility() {
        return new Visibility(clock.instant(), viewer.preview());
    }

    private static NotFoundProblem unknownTag(String slug) {
        return new NotFoundProblem("No published post has the tag '" + slug + "'.");
    }
}
