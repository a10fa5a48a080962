package io.quire.feed.api;

import io.quire.config.QuireConfig;
import io.quire.feed.format.AtomWriter;
import io.quire.feed.format.Feed;
import io.quire.feed.format.JsonFeedWriter;
import io.quire.feed.format.RssWriter;
import io.quire.feed.service.FeedService;
import io.quire.post.api.ListParameter;
import io.quire.post.api.PostListParams;
import io.quire.post.service.PostQuery;
import io.quire.site.PublicUrls;
import io.quire.site.SiteLinks;
import io.quire.site.UrlEncoding;
import io.quire.web.IgnoresUnknownParameters;
import io.quire.web.InvalidParametersException;
import io.quire.web.Problem.FieldError;
import io.quire.web.QueryReader;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds of published posts, newest first, with the filters of {@code /api/posts}. No {@code @Produces}:
 * every feed reader gets the feed whatever it accepts (many send only {@code application/xml} or
 * {@code text/xml}); the response says its own media type.
 */
@Path("/")
@IgnoresUnknownParameters
@Tag(name = "Feeds", description = "RSS, Atom and JSON Feed of published posts; sitemap and robots.txt")
public class FeedResource {

    /** The list parameters a feed's self URL keeps, in this order; {@code sort} and {@code fields} are refused. */
    private static final List<String> KEPT_PARAMETERS =
            List.of("tag", "excludeTag", "featured", "year", "month", "from", "to", "q", "page", "size");

    private static final String FILTERS = " Takes the filters of /api/posts (tag, excludeTag, featured, year, month,"
            + " from, to) and page/size (size defaults to quire.feed.size, {quire.feed.size}; at most"
            + " {quire.api.max-page-size}). Posts without a date"
            + " are left out. sort (other than -date), fields and q are a 400: feeds are always newest first,"
            + " carry whole posts, and are timelines rather than search results.";

    private final FeedService feeds;
    private final SiteLinks links;
    private final QuireConfig config;

    public FeedResource(FeedService feeds, SiteLinks links, QuireConfig config) {
        this.feeds = feeds;
        this.links = links;
        this.config = config;
    }

    @GET
    @Path("feed.xml")
    @Operation(
            operationId = "rssFeed",
            summary = "RSS 2.0 feed of published posts",
            description = "Items carry the excerpt as description and the sanitised html, with absolute links, as"
                    + " content:encoded." + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The RSS document",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response rss(@BeanParam PostListParams params) {
        return respond(params, "/feed.xml", RssWriter::write, RssWriter.MEDIA_TYPE);
    }

    @GET
    @Path("atom.xml")
    @Operation(
            operationId = "atomFeed",
            summary = "Atom feed of published posts",
            description = "Entries carry the excerpt as summary and the sanitised html, with absolute links, as"
                    + " content." + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The Atom document",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response atom(@BeanParam PostListParams params) {
        return respond(params, "/atom.xml", AtomWriter::write, AtomWriter.MEDIA_TYPE);
    }

    @GET
    @Path("feed.json")
    @Operation(
            operationId = "jsonFeed",
            summary = "JSON Feed 1.1 of published posts",
            description = "Items carry the excerpt as summary and the sanitised html, with absolute links, as"
                    + " content_html." + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The JSON Feed document",
            content = @Content(mediaType = JsonFeedWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response jsonFeed(@BeanParam PostListParams params) {
        return respond(params, "/feed.json", JsonFeedWriter::write, JsonFeedWriter.MEDIA_TYPE);
    }

    private Response respond(PostListParams params, String path, Function<Feed, String> writer, String mediaType) {
        UriInfo uri = params.uri();
        PostQuery query = query(params);
        PublicUrls urls = links.forRequest(uri.getBaseUri());
        Feed feed = feeds.feed(query, urls, urls.at(path) + canonicalQuery(uri.getQueryParameters()));
        return Response.ok(writer.apply(feed).getBytes(StandardCharsets.UTF_8), mediaType)
                .build();
    }

    /** The list query, with sort (other than -date), fields and q refused; every problem reported at once. */
    private PostQuery query(PostListParams params) {
        QueryReader reader = QueryReader.of(params.uri());
        List<FieldError> own = new ArrayList<>();
        if (reader.values(ListParameter.SORT).stream()
                .anyMatch(value -> !value.isBlank() && !value.strip().equals("-date"))) {
            own.add(new FieldError("sort", "feeds are always newest first: leave sort out (or use -date)"));
        }
        if (reader.has(ListParameter.FIELDS)) {
            own.add(new FieldError("fields", "feeds always carry whole posts: leave fields out"));
        }
        if (reader.has(ListParameter.Q)) {
            own.add(new FieldError("q", "feeds are timelines, not search results: leave q out (use /api/search)"));
        }
        PostQuery query = null;
        try {
            // Feeds are read by feed readers and kept by their caches: published posts only, preview or not.
            query = params.toQuery(feeds.defaultSize(), config.api().maxPageSize(), name -> true, false);
        } catch (InvalidParametersException e) {
            for (FieldError error : e.errors()) {
                // For sort, fields and q, the feed's own message says what to do instead.
                if (own.stream().noneMatch(mine -> mine.field().equals(error.field()))) {
                    reader.rejectAll(List.of(error));
                }
            }
        }
        reader.rejectAll(own);
        reader.done();
        return query;
    }

    /**
     * The request's list parameters in a fixed order, re-encoded: the feed's self URL (and Atom id)
     * is the same for the same feed, whatever the order of the parameters or the other ones given.
     */
    static String canonicalQuery(MultivaluedMap<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        for (String name : KEPT_PARAMETERS) {
            for (String value : parameters.getOrDefault(name, List.of())) {
                if (value.isBlank()) {
                    continue;
                }
                query.append(query.isEmpty() ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(UrlEncoding.encode(value.strip()));
            }
        }
        return query.toString();
    }
}
