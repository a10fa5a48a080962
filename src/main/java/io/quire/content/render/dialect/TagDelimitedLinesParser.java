package io.quire.content.render.dialect;

import java.util.function.Predicate;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * The lines after an opening tag's line up to a closing tag, as written (not parsed as Markdown): the
 * text before the closing tag on its line is handed to {@link #textBeforeEnd}. A block that is never
 * closed runs to the end of its container.
 */
abstract class TagDelimitedLinesParser extends AbstractBlockParser {

    protected final DialectContext context;
    protected final StringBuilder lines = new StringBuilder();
    private final Predicate<TemplateTag> end;
    private boolean openerLineSeen;
    private boolean closed;

    TagDelimitedLinesParser(DialectContext context, Predicate<TemplateTag> end) {
        this.context = context;
        this.end = end;
    }

    /** What the block keeps of the text before the closing tag on the closing tag's line. */
    protected abstract void textBeforeEnd(CharSequence text);

    /** Whether the closing tag was found. */
    protected boolean closed() {
        return closed;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int at = TagLines.find(line, state.getIndex(), context.lexer(), end);
        if (at >= 0) {
            textBeforeEnd(line.subSequence(state.getIndex(), at));
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
        lines.append(line.getContent()).append('\n');
    }
}
