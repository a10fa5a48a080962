package io.quire.feed.format;

import java.util.List;

/** Sitemaps (https://www.sitemaps.org/protocol.html): a URL set, or an index of URL sets. */
public final class SitemapWriter {

    public static final String MEDIA_TYPE = "application/xml; charset=utf-8";

    /** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
    public static final int MAX_URLS = 50_000;

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Google's extension for translations: {@code xhtml:link rel="alternate" hreflang=...}. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * One page of the site.
     *
     * @param lastModified a W3C datetime ({@code 2025-02-28} or {@code 2025-02-28T12:32:00Z}), or null
     * @param alternates the page in every language it exists in (itself included), or empty
     */
    public record Url(String location, String lastModified, List<Alternate> alternates) {

        public Url(String location, String lastModified) {
            this(location, lastModified, List.of());
        }
    }

    /** The same page in another language ({@code hreflang}: a language tag). */
    public record Alternate(String hreflang, String location) {}

    private SitemapWriter() {}

    public static String urlSet(List<Url> urls) {
        XmlOut xml = new XmlOut();
        xml.start("", "urlset", NAMESPACE).defaultNamespace(NAMESPACE);
        if (urls.stream().anyMatch(url -> !url.alternates().isEmpty())) {
            xml.namespace("xhtml", XHTML);
        }
        for (Url url : urls) {
            xml.start("url");
            xml.element("loc", url.location());
            xml.element("lastmod", url.lastModified());
            for (Alternate alternate : url.alternates()) {
                xml.empty("xhtml", "link", XHTML)
                        .attribute("rel", "alternate")
                        .attribute("hreflang", alternate.hreflang())
                        .attribute("href", alternate.location());
            }
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
