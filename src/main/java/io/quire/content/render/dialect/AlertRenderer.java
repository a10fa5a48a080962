package io.quire.content.render.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** An {@link Alert} with GitHub's classes (without GitHub's SVG icon, which the sanitiser removes). */
final class AlertRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    AlertRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Alert.class);
    }

    @Override
    public void render(Node node) {
        Alert alert = (Alert) node;
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "markdown-alert markdown-alert-" + alert.type());
        html.line();
        html.tag("div", context.extendAttributes(alert, "div", attrs));
        html.line();
        html.tag("p", Map.of("class", "markdown-alert-title"));
        html.text(alert.title());
        html.tag("/p");
        html.line();
        for (Node child = alert.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/div");
        html.line();
    }
}
