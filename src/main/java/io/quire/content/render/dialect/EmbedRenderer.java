package io.quire.content.render.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An {@link Embed} as an {@code iframe} when its player host is allowed, else as a link to the
 * video (the sanitiser would remove the iframe, and the reader would find nothing).
 */
final class EmbedRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Set<String> iframeHosts;

    EmbedRenderer(HtmlNodeRendererContext context, Set<String> iframeHosts) {
        this.context = context;
        this.html = context.getWriter();
        this.iframeHosts = iframeHosts;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Embed.class);
    }

    @Override
    public void render(Node node) {
        Embed embed = (Embed) node;
        Embed.Provider provider = embed.provider();
        Map<String, String> attrs = new LinkedHashMap<>();
        if (iframeHosts.contains(provider.playerHost)) {
            attrs.put("src", provider.playerUrl + embed.id());
            attrs.put("title", embed.title());
            attrs.put("frameborder", "0");
            attrs.put("allowfullscreen", "");
            html.tag("iframe", context.extendAttributes(node, "iframe", attrs));
            html.tag("/iframe");
        } else {
            attrs.put("href", provider.watchUrl + embed.id());
            html.tag("a", context.extendAttributes(node, "a", attrs));
            html.text(embed.title());
            html.tag("/a");
        }
    }
}
