package io.quire.feed.format;

import java.util.List;

/** Sitemaps (https://www.sitemaps.org/protocol.html): a URL set, or an index of URL sets. */
public final class SitemapWriter {

    public static final String MEDIA_TYPE = "application/xml; charset=utf-8";

    /** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
    public static final int MAX_URLS = 50_000;

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * One page of the site.
     *
     * @param lastModified a W3C datetime ({@code 2025-02-28} or {@code 2025-02-28T12:32:00Z}), or null
     */
    public record Url(String location, String lastModified) {}

    private SitemapWriter() {}

    public static String urlSet(List<Url> urls) {
        XmlOut xml = new XmlOut();
        xml.start("", "urlset", NAMESPACE).defaultNamespace(NAMESPACE);
        for (Url url : urls) {
            xml.start("url");
            xml.element("loc", url.location());
            xml.element("lastmod", url.lastModified());
            xml.end();
        }
        xml.end();
        return xml.finish();
    }

    public static String index(List<String> sitemapLocations) {
        XmlOut xml = new XmlOut();
        xml.start("", "sitemapindex", NAMESPACE).defaultNamespace(NAMESPACE);
        for (String location : sitemapLocations) {
            xml.start("sitemap").element("loc", location).end();
        }
        xml.end();
        return xml.finish();
    }
}
