package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * A template tag alone on its line(s). Exists only between parsing and {@link TagResolver}: pairs
 * become components, the rest built-ins, placeholders or nothing. A shortcode whose parameters
 * never reached their {@code >}}} has no tag; its lines follow it as a paragraph.
 */
final class TagBlock extends CustomBlock {

    private TemplateTag tag;

    TagBlock(TemplateTag tag) {
        this.tag = tag;
    }

    /** The tag, or null when it was never closed. */
    TemplateTag tag() {
        return tag;
    }

    void tag(TemplateTag tag) {
        this.tag = tag;
    }
}
