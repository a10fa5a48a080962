package io.quire.content.render.dialect;

import org.commonmark.node.CustomNode;

/** {@link Component} inside a paragraph: the placeholder is a {@code span}. */
public final class InlineComponent extends CustomNode {

    private final TemplateTag tag;

    InlineComponent(TemplateTag tag) {
        this.tag = tag;
    }

    public TemplateTag tag() {
        return tag;
    }
}
