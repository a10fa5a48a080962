package io.quire.content.render.dialect;

import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Paragraphs that are only a table-of-contents marker ({@code [[toc]]}, {@code [TOC]}, {@code
 * [[_TOC_]]}, any case) become a {@link TocMarker}; so does kramdown's one-item list {@code * TOC}
 * followed by {@code {:toc}} (the attribute list is read by {@link AttributeLists}, which leaves
 * the class {@code toc} on the list).
 */
final class TocMarkers implements PostProcessor {

    private static final Pattern MARKER = Pattern.compile("(?i)\\[\\[_?toc_?]]|\\[toc]");

    private final DialectContext context;

    TocMarkers(DialectContext context) {
        this.context = context;
    }

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node.getParent() == null) {
                continue;
            }
            if (node instanceof Paragraph p
                    && p.getFirstChild() instanceof Text t
                    && t.getNext() == null
                    && MARKER.matcher(t.getLiteral().strip()).matches()) {
                Nodes.replace(p, new TocMarker());
            } else if (node instanceof BulletList list && isKramdownToc(list)) {
                Nodes.replace(list, new TocMarker());
            }
        }
        return document;
    }

    private boolean isKramdownToc(BulletList list) {
        BlockAttributes attributes = context.attributes(list);
        return attributes != null && attributes.classes().contains("toc");
    }
}
