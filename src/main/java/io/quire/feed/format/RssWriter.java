package io.quire.feed.format;

import io.quire.link.HtmlEscaping;
import java.time.Instant;

/**
 * RSS 2.0 with the Atom ({@code atom:link rel="self"}), content ({@code content:encoded}) and Dublin
 * Core ({@code dc:creator}) extensions.
 */
public final class RssWriter {

    public static final String MEDIA_TYPE = "application/rss+xml; charset=utf-8";

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private RssWriter() {}

    public static String write(Feed feed) {
        XmlOut xml = new XmlOut();
        xml.start("rss")
                .attribute("version", "2.0")
                .namespace("atom", ATOM)
                .namespace("content", CONTENT)
                .namespace("dc", DC);
        xml.start("channel");
        xml.element("title", feed.title());
        xml.element("link", feed.homeUrl());
        // Required in RSS: the site title stands in when no description is configured.
        xml.element("description", feed.description() != null ? feed.description() : feed.title());
        xml.empty("atom", "link", ATOM)
                .attribute("href", feed.selfUrl())
                .attribute("rel", "self")
                .attribute("type", "application/rss+xml");
        xml.element("generator", "Quire");
        Instant updated = feed.updated();
        if (updated != null) {
            xml.element("lastBuildDate", FeedDates.rfc822(updated));
        }
        for (FeedEntry entry : feed.entries()) {
            xml.start("item");
            xml.element("title", entry.title());
            xml.element("link", entry.url());
            xml.start("guid").attribute("isPermaLink", "false").text(entry.id()).end();
            xml.element("pubDate", FeedDates.rfc822(entry.published()));
            for (String author : entry.authors()) {
                xml.element("dc", "creator", DC, author);
            }
            for (String tag : entry.tags()) {
                xml.element("category", tag);
            }
            if (entry.summary() != null) {
                // RSS descriptions are entity-encoded HTML: plain text is HTML-escaped first, so that
                // an excerpt like "List<T>" shows as written rather than as a tag.
                xml.element("description", HtmlEscaping.text(entry.summary()));
            }
            xml.element("content", "encoded", CONTENT, entry.html());
            xml.end();
        }
        xml.end();
        xml.end();
        return xml.finish();
    }
}
