package io.quire.content.render.dialect;

import org.commonmark.node.CustomNode;

/** A template tag inside a paragraph (or heading, table cell, ...). See {@link TagBlock}. */
final class TagInline extends CustomNode {

    private final TemplateTag tag;

    TagInline(TemplateTag tag) {
        this.tag = tag;
    }

    TemplateTag tag() {
        return tag;
    }
}
