package io.quire.feed.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.link.HtmlEscaping;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Every writer turns any text into a well-formed document that a real XML parser reads back as the
 * same text, minus only the characters XML 1.0 cannot carry.
 */
class FeedWritersHostileInputTest {

    /** Characters XML 1.0 refuses: C0 controls, a lone high and a lone low surrogate, U+FFFE, U+FFFF. */
    private static final String REFUSED = "\u0001\uDC00\u0008\u000B\uD800\u000C\u001F\uFFFE\uFFFF";

    /** What must survive: markup lookalikes, entities, CDATA ends, emoji, RTL text and controls, tab/LF/CR. */
    private static final String KEPT = "]]> <script>alert(1)</script> &amp; &#1; \"quoted\" 'single' < > &"
            + " 😀 👩🏽‍💻 שלום עולם \u202Eevil\u202C مرحبا \u0085\u007F\tTAB\nLF";

    private static final String HOSTILE = "A" + REFUSED + KEPT + REFUSED + "Z";
    private static final String CLEAN = "A" + KEPT + "Z";
    /** XML parsers normalise tab and LF in attribute values to spaces (XML 1.0, 3.3.3). */
    private static final String CLEAN_IN_ATTRIBUTE = CLEAN.replace('\t', ' ').replace('\n', ' ');

    private static final Instant PUBLISHED = Instant.parse("2025-02-28T12:32:00Z");

    private static Feed hostileFeed() {
        FeedEntry entry = new FeedEntry(
                "urn:quire:post:" + HOSTILE,
                "https://blog.example.com/posts/x?a=1&b=" + HOSTILE,
                HOSTILE,
                HOSTILE,
                "<p>" + HOSTILE + "</p><![CDATA[ x ]]>",
                PUBLISHED,
                PUBLISHED.plusSeconds(60),
                List.of(HOSTILE, "c++"),
                List.of(HOSTILE));
        return new Feed(
                HOSTILE,
                HOSTILE,
                "https://blog.example.com/",
                "https://blog.example.com/feed.xml?q=" + HOSTILE,
                List.of(entry));
    }

    @Test
    void theCleanTextIsWhatTheTestExpects() {
        assertEquals(CLEAN, XmlChars.clean(HOSTILE));
        assertEquals("😀", XmlChars.clean("😀"), "a surrogate pair is one character and stays");
        assertEquals("", XmlChars.clean("\uDBFF"), "a high surrogate at the end is dropped");
        assertEquals("x", XmlChars.clean("\uDC00x"), "a low surrogate first is dropped");
    }

    @Test
    void theParserUsedHereRefusesWhatTheWritersMustNotProduce() {
        // Guard: if these parsed, the tests below could not catch a writer that forgot to clean.
        assertThrows(SAXParseException.class, () -> parse("<a>\u0001</a>"));
        assertThrows(SAXParseException.class, () -> parse("<a>&#1;</a>"));
        assertThrows(SAXParseException.class, () -> parse("<a>]]></a>"));
        assertThrows(SAXParseException.class, () -> parse("<a>\uFFFE</a>"));
    }

    @Test
    void rssReadsBackAsTheCleanText() throws Exception {
        String xml = RssWriter.write(hostileFeed());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""), xml);
        Document doc = parse(xml);
        Element channel = only(doc.getDocumentElement(), "channel");
        assertEquals(CLEAN, text(channel, "title"));
        assertEquals(CLEAN, text(channel, "description"));
        Element item = only(channel, "item");
        assertEquals(CLEAN, text(item, "title"));
        assertEquals("urn:quire:post:" + CLEAN, text(item, "guid"));
        assertEquals("https://blog.example.com/posts/x?a=1&b=" + CLEAN, text(item, "link"));
        // The description is entity-encoded HTML: once decoded as XML it is the HTML-escaped text.
        assertEquals(HtmlEscaping.text(CLEAN), text(item, "description"));
        assertEquals("<p>" + CLEAN + "</p><![CDATA[ x ]]>", textNs(item, RssWriter.CONTENT, "encoded"));
        assertEquals(CLEAN, textNs(item, RssWriter.DC, "creator"));
        assertEquals(
                List.of(CLEAN, "c++"),
                all(item, "category").stream().map(Element::getTextContent).toList());
        Element self =
                (Element) doc.getElementsByTagNameNS(RssWriter.ATOM, "link").item(0);
        assertEquals("https://blog.example.com/feed.xml?q=" + CLEAN_IN_ATTRIBUTE, self.getAttribute("href"));
        assertNoMarkupLeaked(doc);
    }

    @Test
    void atomReadsBackAsTheCleanText() throws Exception {
        Document doc = parse(AtomWriter.write(hostileFeed()));
        Element feed = doc.getDocumentElement();
        assertEquals(AtomWriter.ATOM, feed.getNamespaceURI());
        assertEquals(CLEAN, text(feed, "title"));
        assertEquals(CLEAN, text(feed, "subtitle"));
        assertEquals("https://blog.example.com/feed.xml?q=" + CLEAN, text(feed, "id"));
        Element entry = only(feed, "entry");
        assertEquals(CLEAN, text(entry, "title"));
        assertEquals(CLEAN, text(entry, "summary"));
        assertEquals("<p>" + CLEAN + "</p><![CDATA[ x ]]>", text(entry, "content"));
        assertEquals("html", only(entry, "content").getAttribute("type"));
        assertEquals(CLEAN, text(only(entry, "author"), "name"));
        assertEquals(
                List.of(CLEAN_IN_ATTRIBUTE, "c++"),
                all(entry, "category").stream().map(c -> c.getAttribute("term")).toList());
        assertEquals("2025-02-28T12:32:00Z", text(entry, "published"));
        assertEquals("2025-02-28T12:33:00Z", text(entry, "updated"));
        assertEquals("2025-02-28T12:33:00Z", text(feed, "updated"));
        assertNoMarkupLeaked(doc);
    }

    @Test
    void sitemapsReadBackAsTheCleanText() throws Exception {
        Document set = parse(SitemapWriter.urlSet(List.of(new SitemapWriter.Url(HOSTILE, "2025-02-28"))));
        assertEquals(CLEAN, text(only(set.getDocumentElement(), "url"), "loc"));
        Document index = parse(SitemapWriter.index(List.of(HOSTILE)));
        assertEquals(CLEAN, text(only(index.getDocumentElement(), "sitemap"), "loc"));
        assertNoMarkupLeaked(set);
    }

    @Test
    void jsonFeedReadsBackAsTheCleanText() throws Exception {
        String json = JsonFeedWriter.write(hostileFeed());
        // Encodable as UTF-8 and back without loss: no unpaired surrogate made it through.
        assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("https://jsonfeed.org/version/1.1", root.get("version").asText());
        assertEquals(CLEAN, root.get("title").asText());
        JsonNode item = root.get("items").get(0);
        assertEquals(CLEAN, item.get("title").asText());
        assertEquals(CLEAN, item.get("summary").asText());
        assertEquals(
                "<p>" + CLEAN + "</p><![CDATA[ x ]]>", item.get("content_html").asText());
        assertEquals(CLEAN, item.get("tags").get(0).asText());
        assertEquals(CLEAN, item.get("authors").get(0).get("name").asText());
        assertEquals("2025-02-28T12:33:00Z", item.get("date_modified").asText());
    }

    @Test
    void anEmptyAtomFeedStillHasAnUpdatedDate() throws Exception {
        Document doc = parse(AtomWriter.write(new Feed("t", null, "https://h/", "https://h/atom.xml", List.of())));
        assertEquals("1970-01-01T00:00:00Z", text(doc.getDocumentElement(), "updated"));
        assertEquals(0, doc.getElementsByTagNameNS(AtomWriter.ATOM, "subtitle").getLength());
    }

    /** Text that looks like markup stayed text: no element of that name exists in any namespace. */
    private static void assertNoMarkupLeaked(Document doc) {
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "p").getLength());
        assertFalse(doc.getDocumentElement().getTextContent().isEmpty());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The child elements without a prefix that have this local name. */
    private static List<Element> all(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child
                    && child.getLocalName().equals(localName)
                    && child.getPrefix() == null) {
                found.add(child);
            }
        }
        return found;
    }

    private static Element only(Element parent, String localName) {
        List<Element> found = all(parent, localName);
        assertEquals(1, found.size(), localName + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static String text(Element parent, String localName) {
        return only(parent, localName).getTextContent();
    }

    private static String textNs(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
        assertEquals(1, nodes.getLength(), localName);
        return nodes.item(0).getTextContent();
    }
}
