package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * A shortcode or component Quire does not render itself, at block level: rendered as the
 * documented placeholder element ({@code <div class="quire-component" data-component=...>}) around
 * its inner Markdown (the children).
 */
public final class Component extends CustomBlock {

    private final TemplateTag tag;

    Component(TemplateTag tag) {
        this.tag = tag;
    }

    public TemplateTag tag() {
        return tag;
    }
}
