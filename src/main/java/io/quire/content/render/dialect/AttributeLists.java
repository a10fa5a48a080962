package io.quire.content.render.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * kramdown attribute lists and heading attributes, applied (class, id) and removed from the text:
 *
 * <ul>
 *   <li>a line {@code {: .class #id}} ending a paragraph applies to that paragraph; one ending the
 *       last item of a list (a lazy continuation in CommonMark), to the list;
 *   <li>a paragraph that is only attribute lists applies to the block before it (the block after it
 *       when it comes first);
 *   <li>{@code ## Heading {#id .class}} or {@code {: #id}} at the end of a heading, to the heading;
 *   <li>{@code *text*{: .class}} right after an inline element, to that element;
 *   <li>attribute definitions ({@code {:name: .class}}), {@code {::options ... /}} and {@code
 *       {::comment}...{:/comment}} are removed.
 * </ul>
 */
final class AttributeLists implements PostProcessor {

    private static final Pattern BLOCK = Pattern.compile("\\{:(?!:)\\s*([^{}]*)}");
    private static final Pattern ONLY_LISTS = Pattern.compile("(?:\\s*\\{:[^{}]*}\\s*)+");
    private static final Pattern HEADING = Pattern.compile("\\s*\\{:?\\s*((?:[#.][\\w\\-:]+\\s*)+)}\\s*$");
    private static final Pattern SPAN = Pattern.compile("^\\{:(?!:)\\s*([^{}]*)}");
    private static final Pattern DEFINITION = Pattern.compile("\\{:[\\w\\-]+:[^{}]*}");
    private static final Pattern EXTENSION =
            Pattern.compile("(?s)\\{::(?:options|nomarkdown)[^{}]*/}|\\{::comment}.*?\\{:/(?:comment)?}");

    private final DialectContext context;

    AttributeLists(DialectContext context) {
        this.context = context;
    }

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node.getParent() == null) {
                continue;
            }
            if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof Text text
                    && text.getPrevious() != null
                    && text.getLiteral().startsWith("{:")) {
                span(text);
            }
        }
        return document;
    }

    private void heading(Heading heading) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return;
        }
        Matcher m = HEADING.matcher(last.getLiteral());
        if (!m.find()) {
            return;
        }
        BlockAttributes attributes = AttributeList.parse(m.group(1));
        if (attributes == null) {
            return;
        }
        last.setLiteral(last.getLiteral().substring(0, m.start()));
        context.addAttributes(heading, attributes);
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Text only && only.getNext() == null) {
            String literal = only.getLiteral().strip();
            if (DEFINITION.matcher(literal).matches()
                    || EXTENSION.matcher(literal).matches()) {
                paragraph.unlink();
                return;
            }
        }
        String whole = paragraph.getFirstChild() instanceof Text first
                        && first.getLiteral().startsWith("{:")
                ? wholeText(paragraph)
                : null;
        if (whole != null && ONLY_LISTS.matcher(whole).matches()) {
            BlockAttributes attributes = lists(whole);
            if (attributes != null) {
                Node target = paragraph.getPrevious() != null ? paragraph.getPrevious() : paragraph.getNext();
                if (target != null) {
                    context.addAttributes(target, attributes);
                }
                paragraph.unlink();
                return;
            }
        }
        if (!(paragraph.getLastChild() instanceof Text last) || !(last.getPrevious() instanceof SoftLineBreak)) {
            return;
        }
        Matcher m = BLOCK.matcher(last.getLiteral().strip());
        if (!m.matches()) {
            return;
        }
        BlockAttributes attributes = AttributeList.parse(m.group(1));
        if (attributes == null) {
            return;
        }
        last.getPrevious().unlink();
        last.unlink();
        context.addAttributes(target(paragraph), attributes);
    }

    /** The list, when the paragraph ends the last item of one (kramdown puts a list's attributes after it). */
    private static Block target(Paragraph paragraph) {
        if (paragraph.getParent() instanceof ListItem item
                && paragraph.getNext() == null
                && item.getNext() == null
                && item.getParent() instanceof ListBlock list) {
            return list;
        }
        return paragraph;
    }

    private void span(Text text) {
        Matcher m = SPAN.matcher(text.getLiteral());
        if (!m.find()) {
            return;
        }
        BlockAttributes attributes = AttributeList.parse(m.group(1));
        if (attributes == null) {
            return;
        }
        context.addAttributes(text.getPrevious(), attributes);
        text.setLiteral(text.getLiteral().substring(m.end()));
        if (text.getLiteral().isEmpty()) {
            text.unlink();
        }
    }

    private static String wholeText(Paragraph paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof SoftLineBreak) {
                sb.append('\n');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    private static BlockAttributes lists(String text) {
        BlockAttributes all = new BlockAttributes(null, java.util.List.of());
        Matcher m = BLOCK.matcher(text);
        boolean any = false;
        while (m.find()) {
            BlockAttributes one = AttributeList.parse(m.group(1));
            if (one == null) {
                return null;
            }
            all = all.plus(one);
            any = true;
        }
        return any ? all : null;
    }
}
