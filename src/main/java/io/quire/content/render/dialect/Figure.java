package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * Hugo's {@code figure} shortcode: an image with an optional link, title and caption, rendered as
 * Hugo does ({@code <figure><img><figcaption><h4>title</h4><p>caption</p></figcaption></figure>}).
 * The caption, parsed as inline Markdown, is the child {@link FigureCaption}.
 */
public final class Figure extends CustomBlock {

    private final TemplateTag tag;

    Figure(TemplateTag tag) {
        this.tag = tag;
    }

    /** The shortcode, for {@code src}, {@code alt}, {@code link}, {@code title}, {@code class}, {@code width}, {@code height}. */
    public TemplateTag tag() {
        return tag;
    }
}
