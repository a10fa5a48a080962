package io.quire.content.render.dialect;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/** A block whose content is Markdown blocks of any kind, like a block quote's or a list item's. */
abstract class ContainerBlockParser extends AbstractBlockParser {

    @Override
    public final boolean isContainer() {
        return true;
    }

    @Override
    public final boolean canContain(Block childBlock) {
        return true;
    }
}
