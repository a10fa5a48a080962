package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import io.quire.link.HtmlEscaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Template syntax inside raw HTML: in an inline tag ({@code <a href="{{ site.baseurl }}/x">}) it is
 * replaced by what it stands for; in HTML blocks ({@code <div class="gallery">} + {@code {{< figure >}}}
 * lines + {@code </div>}), which CommonMark passes through as one literal: a tag alone on its line
 * becomes a {@link TagBlock} between the pieces of HTML around it (and is then paired and resolved
 * like any other); a tag inside a line (in an attribute, between elements) is replaced in the HTML
 * by what it stands for, a placeholder {@code span} for a shortcode Quire does not render, and
 * nothing for the rest; a component inside a line becomes a placeholder {@code span} around what
 * is between its tags. {@code <pre>}, {@code <script>}, {@code <style>}, {@code <textarea>} and
 * comments are left alone.
 */
final class HtmlTemplates implements PostProcessor {

    /** An HTML open tag as CommonMark defines it (element name, attributes, optional {@code /}). */
    static final Pattern OPEN_TAG = Pattern.compile("<[A-Za-z][A-Za-z0-9-]*"
            + "(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>");

    private final DialectContext context;

    HtmlTemplates(DialectContext context) {
        this.context = context;
    }

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node instanceof HtmlBlock html
                    && hasTemplate(html.getLiteral())
                    && !verbatim(html.getLiteral())
                    && !Nodes.inside(html, RawBlock.class)) {
                split(html);
            } else if (node instanceof HtmlInline html
                    && (html.getLiteral().contains("{{") || html.getLiteral().contains("{%"))) {
                html.setLiteral(substitute(html.getLiteral(), context));
            }
        }
        return document;
    }

    private static boolean hasTemplate(String literal) {
        if (literal.contains("{{") || literal.contains("{%")) {
            return true;
        }
        for (int i = literal.indexOf('<'); i >= 0; i = literal.indexOf('<', i + 1)) {
            if (TagLexer.startsTag(literal, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbatim(String literal) {
        String start = literal.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<pre")
                || start.startsWith("<script")
                || start.startsWith("<style")
                || start.startsWith("<textarea")
                || start.startsWith("<!--");
    }

    private void split(HtmlBlock block) {
        String literal = block.getLiteral();
        TagLexer lexer = context.lexer();
        List<Node> parts = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        int lineStart = 0;
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            TagLexer.Lexed lexed =
                    (c == '{' || c == '<') && TagLexer.startsTag(literal, i) ? lexer.read(literal, i) : null;
            if (lexed == null) {
                html.append(c);
                i++;
                if (c == '\n') {
                    lineStart = i;
                }
                continue;
            }
            TemplateTag tag = lexed.tag();
            int lineEnd = literal.indexOf('\n', lexed.end());
            lineEnd = lineEnd < 0 ? literal.length() : lineEnd;
            boolean alone = TagLines.isBlank(literal.substring(lineStart, i), 0)
                    && TagLines.isBlank(literal.substring(lexed.end(), lineEnd), 0);
            if (alone && tag.syntax() != Syntax.LIQUID_OUTPUT && tag.syntax() != Syntax.ESCAPED_SHORTCODE) {
                html.setLength(html.length() - (i - lineStart));
                flush(html, parts);
                parts.add(new TagBlock(tag));
                i = Math.min(literal.length(), lineEnd + 1);
                lineStart = i;
                continue;
            }
            html.append(inHtml(tag, context));
            i = lexed.end();
        }
        flush(html, parts);
        for (Node part : parts) {
            part.setSourceSpans(block.getSourceSpans());
            block.insertBefore(part);
        }
        block.unlink();
        context.sawTag();
    }

    /** An inline HTML tag with every template tag in it replaced ({@code <a href="{{ site.baseurl }}/x">}). */
    static String substitute(String literal, DialectContext context) {
        TagLexer lexer = context.lexer();
        StringBuilder out = new StringBuilder(literal.length());
        int i = 0;
        while (i < literal.length()) {
            TagLexer.Lexed lexed = literal.charAt(i) == '{' ? lexer.read(literal, i) : null;
            if (lexed == null) {
                out.append(literal.charAt(i++));
            } else {
                out.append(inHtml(lexed.tag(), context));
                i = lexed.end();
            }
        }
        return out.toString();
    }

    private static void flush(StringBuilder html, List<Node> parts) {
        if (!html.toString().isBlank()) {
            HtmlBlock part = new HtmlBlock();
            part.setLiteral(html.toString());
            parts.add(part);
        }
        html.setLength(0);
    }

    /** What a tag inside a line of HTML stands for, as HTML. */
    private static String inHtml(TemplateTag tag, DialectContext context) {
        String ref = TagValues.refTarget(tag);
        if (ref != null) {
            return HtmlEscaping.text(ref);
        }
        return switch (tag.syntax()) {
            case LIQUID_OUTPUT -> HtmlEscaping.text(TagValues.output(tag, context));
            case ESCAPED_SHORTCODE -> HtmlEscaping.text(tag.name());
            case LIQUID_TAG -> tag.name().startsWith("include") || tag.name().equals("render") ? placeholder(tag) : "";
            case SHORTCODE ->
                tag.name().equals("param")
                        ? HtmlEscaping.text(TagValues.param(tag, context))
                        : tag.closing() ? "" : placeholder(tag);
            case COMPONENT -> tag.closing() ? "</span>" : tag.selfClosing() ? placeholder(tag) : open(tag);
        };
    }

    private static String placeholder(TemplateTag tag) {
        return open(tag) + "</span>";
    }

    /** The start tag of a placeholder {@code span}; a component's closing tag gives its end tag. */
    private static String open(TemplateTag tag) {
        StringBuilder sb = new StringBuilder("<span class=\"")
                .append(ComponentRenderer.CLASS)
                .append("\" data-component=\"")
                .append(HtmlEscaping.text(tag.name()))
                .append('"');
        if (!tag.args().isEmpty()) {
            sb.append(" data-args=\"")
                    .append(HtmlEscaping.text(Json.array(tag.args())))
                    .append('"');
        }
        if (!tag.params().isEmpty()) {
            sb.append(" data-params=\"")
                    .append(HtmlEscaping.text(Json.object(tag.params())))
                    .append('"');
        }
        return sb.append('>').toString();
    }
}
