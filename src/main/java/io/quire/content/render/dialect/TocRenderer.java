package io.quire.content.render.dialect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A {@link TocMarker} as {@code <nav class="table-of-contents">} with nested {@code ul} lists of
 * links to the headings of the post's {@code toc}. Nothing when the post has no such headings.
 */
final class TocRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final DialectContext dialect;

    TocRenderer(HtmlNodeRendererContext context, DialectContext dialect) {
        this.html = context.getWriter();
        this.dialect = dialect;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TocMarker.class);
    }

    private void closeList(java.util.ArrayDeque<Boolean> openItems) {
        if (openItems.pop()) {
            html.tag("/li");
        }
        html.tag("/ul");
    }

    @Override
    public void render(Node node) {
        List<TocLink> toc = dialect.toc();
        if (toc.isEmpty()) {
            return;
        }
        html.line();
        html.tag("nav", Map.of("class", "table-of-contents"));
        int base = toc.stream().mapToInt(TocLink::level).min().orElse(2);
        java.util.ArrayDeque<Boolean> openItems = new java.util.ArrayDeque<>(); // per open <ul>: an <li> is open
        for (TocLink link : toc) {
            int level = link.level() - base + 1;
            while (openItems.size() > level) {
                closeList(openItems);
            }
            while (openItems.size() < level) {
                if (!openItems.isEmpty() && !openItems.peek()) {
                    html.tag("li");
                    openItems.pop();
                    openItems.push(true);
                }
                html.tag("ul");
                openItems.push(false);
            }
            if (openItems.pop()) {
                html.tag("/li");
            }
            openItems.push(true);
            html.tag("li");
            html.tag("a", Map.of("href", "#" + link.id()));
            html.text(link.text());
            html.tag("/a");
        }
        while (!openItems.isEmpty()) {
            closeList(openItems);
        }
        html.tag("/nav");
        html.line();
    }
}
