package io.quire.content.render.dialect;

import org.commonmark.node.Block;

/** The lines of a Liquid {@code {% comment %}} or {@code {% capture %}} block ({@link SkippedBlock}). */
final class SkippedBlockParser extends TagDelimitedLinesParser {

    private final SkippedBlock block;

    SkippedBlockParser(DialectContext context, String name) {
        super(context, TagLines.liquid("end" + name));
        this.block = new SkippedBlock(name);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    protected void textBeforeEnd(CharSequence text) {
        lines.append(text);
    }

    @Override
    public void closeBlock() {
        block.finish(lines.toString(), closed());
    }
}
