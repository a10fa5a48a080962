package io.quire.feed.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {

    @Test
    void translationsAreAlternatesOfEachOtherWithTheXhtmlNamespace() {
        List<SitemapWriter.Alternate> both = List.of(
                new SitemapWriter.Alternate("de", "https://b.example/de/x"),
                new SitemapWriter.Alternate("en", "https://b.example/en/x"));
        String xml = SitemapWriter.urlSet(List.of(
                new SitemapWriter.Url("https://b.example/de/x", "2025-01-01", both),
                new SitemapWriter.Url("https://b.example/en/x", null, both),
                new SitemapWriter.Url("https://b.example/y", null)));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                    <loc>https://b.example/de/x</loc>
                    <lastmod>2025-01-01</lastmod>
                    <xhtml:link rel="alternate" hreflang="de" href="https://b.example/de/x"/>
                    <xhtml:link rel="alternate" hreflang="en" href="https://b.example/en/x"/>
                  </url>
                  <url>
                    <loc>https://b.example/en/x</loc>
                    <xhtml:link rel="alternate" hreflang="de" href="https://b.example/de/x"/>
                    <xhtml:link rel="alternate" hreflang="en" href="https://b.example/en/x"/>
                  </url>
                  <url>
                    <loc>https://b.example/y</loc>
                  </url>
                </urlset>
                """, xml);
    }
}
