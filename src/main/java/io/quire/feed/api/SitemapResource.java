package io.quire.feed.api;

import io.quire.feed.format.SitemapWriter;
import io.quire.feed.service.SitemapService;
import io.quire.post.api.LanguageParameter;
import io.quire.site.PublicUrls;
import io.quire.site.SiteLinks;
import io.quire.web.EndpointDeclaration;
import io.quire.web.IgnoresUnknownParameters;
import io.quire.web.ParameterValue;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sitemap.xml} and {@code /robots.txt}, for crawlers of the public site. */
@Path("/")
@IgnoresUnknownParameters
@Tag(name = "Feeds")
public class SitemapResource {

    public static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    /** {@code ?page=}: a part of a sitemap index. */
    static final QueryParameter PAGE = QueryParameter.single(
            "page", "Part of a sitemap index (only when the index lists it)", ParameterValue.integer(1, null));

    /** The parameters of {@code sitemap}. */
    public static final EndpointDeclaration ENDPOINT =
            EndpointDeclaration.of("sitemap", LanguageParameter.DECLARED, PAGE);

    private final SitemapService sitemaps;
    private final SiteLinks links;

    public SitemapResource(SitemapService sitemaps, SiteLinks links) {
        this.sitemaps = sitemaps;
        this.links = links;
    }

    @GET
    @Path("sitemap.xml")
    @Operation(
            operationId = "sitemap",
            summary = "Sitemap of every published post's public page",
            description = "A sitemaps.org URL set with each post's URL (quire.site.post-url-template) and lastmod"
                    + " (its update, else its date). With more published posts than quire.sitemap.max-urls (at most"
                    + " 50,000) it is a sitemap index of /sitemap.xml?page=1..n instead. A post with translations"
                    + " lists them all (itself included) as xhtml:link hreflang alternates; with lang, only the posts"
                    + " of that language are listed (their alternates still name every language).")
    @APIResponse(
            responseCode = "200",
            description = "A urlset, or a sitemapindex",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "page is not a positive integer, or lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The sitemap index has no such page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sitemap(@Context UriInfo uri) {
        QueryReader reader = QueryReader.of(uri);
        Integer page = reader.integer(PAGE);
        String lang = LanguageParameter.read(reader);
        reader.done();
        String xml = sitemaps.sitemap(page, lang, links.forRequest(uri.getBaseUri()));
        return Response.ok(xml.getBytes(StandardCharsets.UTF_8), SitemapWriter.MEDIA_TYPE)
                .build();
    }

    @GET
    @Path("robots.txt")
    @Operation(
            operationId = "robots",
            summary = "robots.txt allowing everything and naming the sitemap",
            description = "User-agent: *, Allow: /, and Sitemap: with the absolute URL of /sitemap.xml.")
    @APIResponse(
            responseCode = "200",
            description = "The robots.txt file",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response robots(@Context UriInfo uri) {
        PublicUrls urls = links.forRequest(uri.getBaseUri());
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + urls.at("/sitemap.xml") + "\n";
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), TEXT_PLAIN).build();
    }
}
