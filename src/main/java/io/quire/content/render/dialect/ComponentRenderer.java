package io.quire.content.render.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The placeholder element of a shortcode or component Quire does not render itself:
 *
 * <pre>{@code
 * <div class="quire-component" data-component="notice" data-args="[&quot;warning&quot;]"
 *      data-params="{&quot;title&quot;:&quot;Heads up&quot;}">inner Markdown, rendered</div>
 * }</pre>
 *
 * A {@code span} inside a paragraph. {@code data-args} (positional parameters, a JSON array of
 * strings) and {@code data-params} (named ones, a JSON object of strings) are left out when empty.
 */
final class ComponentRenderer implements NodeRenderer {

    static final String CLASS = "quire-component";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ComponentRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Component.class, InlineComponent.class);
    }

    @Override
    public void render(Node node) {
        boolean block = node instanceof Component;
        TemplateTag tag = block ? ((Component) node).tag() : ((InlineComponent) node).tag();
        String element = block ? "div" : "span";
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", CLASS);
        attrs.put("data-component", tag.name());
        if (!tag.args().isEmpty()) {
            attrs.put("data-args", Json.array(tag.args()));
        }
        if (!tag.params().isEmpty()) {
            attrs.put("data-params", Json.object(tag.params()));
        }
        if (block) {
            html.line();
        }
        html.tag(element, context.extendAttributes(node, element, attrs));
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/" + element);
        if (block) {
            html.line();
        }
    }
}
