package io.quire.content.render.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders a {@link Figure} the way Hugo's built-in {@code figure} shortcode does. */
final class FigureRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    FigureRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class, FigureCaption.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FigureCaption) {
            return; // rendered inside its figure
        }
        Figure figure = (Figure) node;
        TemplateTag tag = figure.tag();
        Map<String, String> figureAttrs = new LinkedHashMap<>();
        putIfPresent(figureAttrs, "class", tag.params().get("class"));
        html.line();
        html.tag("figure", context.extendAttributes(figure, "figure", figureAttrs));
        String link = tag.params().get("link");
        if (link != null) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("href", context.encodeUrl(link));
            html.tag("a", a);
        }
        Map<String, String> img = new LinkedHashMap<>();
        img.put("src", context.encodeUrl(tag.param("src", 0)));
        img.put("alt", tag.params().getOrDefault("alt", ""));
        putIfPresent(img, "width", tag.params().get("width"));
        putIfPresent(img, "height", tag.params().get("height"));
        html.tag("img", img, true);
        if (link != null) {
            html.tag("/a");
        }
        String title = tag.params().get("title");
        FigureCaption caption = figure.getFirstChild() instanceof FigureCaption c ? c : null;
        if (title != null || caption != null) {
            html.tag("figcaption");
            if (title != null) {
                html.tag("h4");
                html.text(title);
                html.tag("/h4");
            }
            if (caption != null) {
                html.tag("p");
                for (Node child = caption.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                html.tag("/p");
            }
            html.tag("/figcaption");
        }
        html.tag("/figure");
        html.line();
    }

    private static void putIfPresent(Map<String, String> attrs, String name, String value) {
        if (value != null && !value.isBlank()) {
            attrs.put(name, value);
        }
    }
}
