package io.quire.feed.format;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting front for the JDK's {@link XMLStreamWriter}, for documents without mixed content:
 * the writer does all escaping, this class drops the characters XML 1.0 does not allow (see {@link
 * XmlChars}) from every text and attribute value first, and indents by two spaces per level.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    /** One entry per open element: whether it has child elements (so its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element without a namespace prefix (it is in the default namespace, if one is declared). */
    XmlOut start(String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with a namespace prefix declared on an ancestor (or declared next). */
    XmlOut start(String prefix, String name, String namespace) {
        try {
            newLine();
            xml.writeStartElement(prefix, name, namespace);
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an empty element; attributes may follow. */
    XmlOut empty(String name) {
        try {
            newLine();
            xml.writeEmptyElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an empty element with a namespace prefix; attributes may follow. */
    XmlOut empty(String prefix, String name, String namespace) {
        try {
            newLine();
            xml.writeEmptyElement(prefix, name, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut defaultNamespace(String namespace) {
        try {
            xml.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut namespace(String prefix, String namespace) {
        try {
            xml.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attribute(String name, String value) {
        try {
            xml.writeAttribute(name, XmlChars.clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut text(String text) {
        try {
            xml.writeCharacters(XmlChars.clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>} on one line; nothing at all when the text is null. */
    XmlOut element(String name, String text) {
        if (text != null) {
            start(name).text(text).end();
        }
        return this;
    }

    /** Like {@link #element(String, String)}, with a namespace prefix. */
    XmlOut element(String prefix, String name, String namespace, String text) {
        if (text != null) {
            start(prefix, name, namespace).text(text).end();
        }
        return this;
    }

    XmlOut end() {
        try {
            boolean[] hasChildren = open.pop();
            if (hasChildren[0]) {
                indent(open.size());
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the document and returns it, ending with a newline. */
    String finish() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            xml.writeEndDocument();
            xml.close();
            return buffer.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        indent(open.size());
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
