package io.quire.content.render.dialect;

import org.commonmark.node.Block;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * Liquid {@code {% raw %}} on its own line up to {@code {% endraw %}} on its own line: a container
 * whose blocks are Markdown as usual but whose template syntax is text ({@link RawBlock}).
 */
final class RawBlockParser extends ContainerBlockParser {

    private final DialectContext context;
    private final RawBlock block = new RawBlock();
    private boolean closed;

    RawBlockParser(DialectContext context) {
        this.context = context;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        TemplateTag tag = TagLines.aloneOnLine(state, context.lexer());
        if (tag != null && TagLines.liquid("endraw").test(tag)) {
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock() {
        if (!closed) {
            context.warn(
                    block,
                    "raw-unclosed",
                    "{% raw %} is not closed: template syntax in the rest of its container is shown as written",
                    "add {% endraw %} on its own line where the raw text ends");
        }
    }
}
