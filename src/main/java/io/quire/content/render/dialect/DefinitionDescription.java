package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * A definition ({@code : text}, the following lines indented) of a {@link DefinitionList}. Loose
 * (paragraphs kept) when a blank line separates it from its term or it holds several blocks, as in
 * PHP Markdown Extra.
 */
public final class DefinitionDescription extends CustomBlock {

    private boolean loose;

    public boolean loose() {
        return loose;
    }

    void loose(boolean loose) {
        this.loose = loose;
    }
}
