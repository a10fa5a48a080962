package io.quire.content.render.dialect;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/** The lines of a Liquid {@code {% comment %}} or {@code {% capture %}} block ({@link SkippedBlock}). */
final class SkippedBlockParser extends AbstractBlockParser {

    private final DialectContext context;
    private final SkippedBlock block;
    private final StringBuilder content = new StringBuilder();
    private boolean openerLineSeen;
    private boolean closed;

    SkippedBlockParser(DialectContext context, String name) {
        this.context = context;
        this.block = new SkippedBlock(name);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int at = TagLines.find(line, state.getIndex(), context.lexer(), TagLines.liquid("end" + block.name()));
        if (at >= 0) {
            content.append(line, state.getIndex(), at);
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        if (!openerLineSeen) {
            openerLineSeen = true;
            return;
        }
        content.append(line.getContent()).append('\n');
    }

    @Override
    public void closeBlock() {
        block.finish(content.toString(), closed);
    }
}
