package io.quire.feed.format;

import java.time.Instant;

/** Atom (RFC 4287). */
public final class AtomWriter {

    public static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {}

    public static String write(Feed feed) {
        XmlOut xml = new XmlOut();
        xml.start("", "feed", ATOM).defaultNamespace(ATOM);
        xml.element("id", feed.selfUrl());
        xml.element("title", feed.title());
        xml.element("subtitle", feed.description());
        // atom:updated is required; an empty feed has no entry to take it from, and "now" would make
        // the document change on every request, so it says the epoch.
        Instant updated = feed.updated();
        xml.element("updated", FeedDates.rfc3339(updated != null ? updated : Instant.EPOCH));
        link(xml, "self", "application/atom+xml", feed.selfUrl());
        link(xml, "alternate", "text/html", feed.homeUrl());
        // Every entry must have an author, or the feed must: the site stands in for posts without one.
        xml.start("author").element("name", feed.title()).end();
        xml.element("generator", "Quire");
        for (FeedEntry entry : feed.entries()) {
            xml.start("entry");
            xml.element("id", entry.id());
            xml.element("title", entry.title());
            link(xml, "alternate", "text/html", entry.url());
            xml.element("published", FeedDates.rfc3339(entry.published()));
            xml.element("updated", FeedDates.rfc3339(entry.updated()));
            for (String author : entry.authors()) {
                xml.start("author").element("name", author).end();
            }
            for (String tag : entry.tags()) {
                xml.empty("category").attribute("term", tag);
            }
            xml.element("summary", entry.summary());
            xml.start("content").attribute("type", "html").text(entry.html()).end();
            xml.end();
        }
        xml.end();
        return xml.finish();
    }

    private static void link(XmlOut xml, String rel, String type, String href) {
        xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", href);
    }
}
