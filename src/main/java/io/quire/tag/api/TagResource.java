package io.quire.tag.api;

import io.quire.post.api.LanguageParameter;
import io.quire.post.api.PostListParams;
import io.quire.post.api.PostListQueries;
import io.quire.post.api.PostListResponses;
import io.quire.post.api.PostPage;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostListService;
import io.quire.post.service.PostQuery;
import io.quire.replica.ReplicaRead;
import io.quire.tag.domain.TagCount;
import io.quire.tag.domain.TagRepository;
import io.quire.web.InvalidParametersException;
import io.quire.web.NotFoundProblem;
import io.quire.web.Problem;
import io.quire.web.Viewer;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
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

    private final TagRepository tags;
    private final PostListService posts;
    private final PostListQueries queries;
    private final PostListResponses responses;
    private final Viewer viewer;
    private final Clock clock;

    public TagResource(
            TagRepository tags,
            PostListService posts,
            PostListQueries queries,
            PostListResponses responses,
            Clock clock,
            Viewer viewer) {
        this.viewer = viewer;
        this.tags = tags;
        this.posts = posts;
        this.queries = queries;
        this.responses = responses;
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
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TagCount.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown sort, or lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TagCount> list(
            @QueryParam("sort")
                    @Parameter(
                            description = "`count` (default) or `name`",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"count", "name"}))
                    String sort,
            @QueryParam(LanguageParameter.NAME) @Parameter(description = LanguageParameter.DESCRIPTION) String lang,
            @Context UriInfo uri) {
        LanguageFilter language = LanguageFilter.of(LanguageParameter.of(uri));
        boolean byName;
        if (sort == null || sort.isBlank() || sort.strip().equals("count")) {
            byName = false;
        } else if (sort.strip().equals("name")) {
            byName = true;
        } else {
            throw new InvalidParametersException("sort", "must be count or name");
        }
        List<TagCount> counts = new ArrayList<>();
        for (TagRepository.TagRow row : tags.visibleCounts(visibility(), language, byName)) {
            counts.add(new TagCount(row.slug(), row.name(), row.count()));
        }
        return counts;
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
            content = @Content(schema = @Schema(implementation = TagCount.class)))
    @APIResponse(
            responseCode = "404",
            description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TagCount get(
            @PathParam("slug") @Parameter(description = "The tag's slug, exactly as /api/tags gives it") String slug,
            @QueryParam(LanguageParameter.NAME) @Parameter(description = LanguageParameter.DESCRIPTION) String lang,
            @Context UriInfo uri) {
        return count(slug, LanguageFilter.of(LanguageParameter.of(uri)));
    }

    private TagCount count(String slug, LanguageFilter language) {
        if (io.quire.web.ControlCharacters.in(slug)) {
            throw unknownTag(slug);
        }
        return tags.visibleCount(slug, visibility(), language)
                .map(row -> new TagCount(row.slug(), row.name(), row.count()))
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
            responseCode = "400",
            description = "A parameter has a value the API cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReplicaRead
    @Transactional // the 404 check and the page read one snapshot
    public Response posts(
            @PathParam("slug") @Parameter(description = "The tag's slug, exactly as /api/tags gives it") String slug,
            @BeanParam PostListParams params) {
        if (io.quire.web.ControlCharacters.in(slug) || !posts.hasVisiblePosts(slug, visibility())) {
            throw unknownTag(slug);
        }
        PostQuery scoped = queries.read(params).withRequiredTag(slug);
        return responses.pageResponse(posts.list(scoped), scoped, params.uri());
    }

    /** Published posts count; with the preview token, every post (see docs/api.md). */
    private Visibility visibility() {
        return new Visibility(clock.instant(), viewer.preview());
    }

    private static NotFoundProblem unknownTag(String slug) {
        return new NotFoundProblem("No published post has the tag '" + slug + "'.");
    }
}
