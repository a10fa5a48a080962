package io.quire.content.render.dialect;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** {@code <dl>}, {@code <dt>}, {@code <dd>}; a tight definition's paragraph has no {@code <p>}. */
final class DefinitionListRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    DefinitionListRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(DefinitionList.class, DefinitionTerm.class, DefinitionDescription.class);
    }

    @Override
    public void render(Node node) {
        String tag = node instanceof DefinitionList ? "dl" : node instanceof DefinitionTerm ? "dt" : "dd";
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, Map.of()));
        if (node instanceof DefinitionList) {
            html.line();
        }
        boolean tight = node instanceof DefinitionDescription d && !d.loose();
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (tight && child instanceof Paragraph) {
                for (Node inline = child.getFirstChild(); inline != null; ) {
                    Node nextInline = inline.getNext();
                    context.render(inline);
                    inline = nextInline;
                }
            } else {
                context.render(child);
            }
            child = next;
        }
        html.tag("/" + tag);
        html.line();
    }
}
