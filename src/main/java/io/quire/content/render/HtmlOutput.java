package io.quire.content.render;

import io.quire.link.HtmlEscaping;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Serialises the sanitiser's event stream back to HTML in the same style as commonmark-java's
 * HtmlWriter, so that sanitised Markdown output stays (almost) byte-identical to what commonmark
 * produced: {@code & < > "} are escaped as named entities (OWASP's own renderer writes {@code @ = +
 * ` '} as numeric entities too), void elements have no {@code " /"}, and boolean attributes are
 * written as {@code name=""}.
 *
 * <p>Safety does not depend on this class beyond escaping: it only ever receives element and
 * attribute names that the {@link SanitizerPolicy} allow-list let through, already balanced by
 * OWASP's tag balancer; every attribute value is double-quoted with {@code & " < >} escaped, and
 * text has {@code & < > "} escaped. None of the allowed elements is a raw-text element except
 * {@code iframe}, whose (escaped) content browsers never parse as markup.
 */
final class HtmlOutput implements HtmlStreamEventReceiver {

    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of(
            "allowfullscreen",
            "checked",
            "controls",
            "disabled",
            "loop",
            "muted",
            "open",
            "playsinline",
            "data-footnote-ref",
            "data-footnote-backref",
            "data-footnotes");

    private final StringBuilder out;

    HtmlOutput(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String elementName, List<String> attrs) {
        out.append('<').append(elementName);
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            String name = attrs.get(i);
            String value = attrs.get(i + 1);
            out.append(' ').append(name).append("=\"");
            // OWASP's lexer turns a bare boolean attribute (`controls`) into controls="controls".
            if (!(BOOLEAN_ATTRIBUTES.contains(name) && value.equalsIgnoreCase(name))) {
                escape(value, out);
            }
            out.append('"');
        }
        out.append('>');
    }

    @Override
    public void closeTag(String elementName) {
        if (!VOID_ELEMENTS.contains(elementName)) {
            out.append("</").append(elementName).append('>');
        }
    }

    @Override
    public void text(String text) {
        escape(text, out);
    }

    /**
     * Escapes by {@link HtmlEscaping} and drops characters that may not appear in HTML (C0/C1 controls
     * other than tab, LF, CR and FF; unpaired surrogates; U+FFFE/U+FFFF).
     */
    static void escape(String s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
            } else if (!notInHtml(c)) {
                HtmlEscaping.append(c, out);
            }
        }
    }

    private static boolean notInHtml(char c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7f && c <= 0x9f);
        return control || c == '\uFFFE' || c == '\uFFFF' || Character.isLowSurrogate(c);
    }
}
