package io.quire.feed.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A strict, namespace-aware XML parse for tests, and small DOM helpers. */
final class FeedXml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private FeedXml() {}

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Child elements of {@code parent} in {@code namespace} (null: no namespace) with this local name. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child
                    && localName.equals(child.getLocalName())
                    && java.util.Objects.equals(namespace, child.getNamespaceURI())) {
                found.add(child);
            }
        }
        return found;
    }

    /** The text of the one such child; fails if there is none or more than one. */
    static String text(Element parent, String namespace, String localName) {
        return one(parent, namespace, localName).getTextContent();
    }

    static Element one(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected one " + localName + " in " + parent.getLocalName() + ", found " + found.size());
        }
        return found.get(0);
    }
}
