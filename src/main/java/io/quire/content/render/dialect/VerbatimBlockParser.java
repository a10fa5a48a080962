package io.quire.content.render.dialect;

import java.util.function.Predicate;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * Liquid's {@code {% highlight lang %}} ... {@code {% endhighlight %}} and Hugo's {@code {{<
 * highlight lang >}}} ... {@code {{< /highlight >}}}: the lines between are code, exactly as
 * written (indentation, blank lines, Markdown characters), and become a fenced code block with the
 * language as its info string. Options after the language ({@code linenos}, {@code "hl_lines=2"})
 * are dropped. A block that is never closed runs to the end of its container.
 */
final class VerbatimBlockParser extends AbstractBlockParser {

    private final DialectContext context;
    private final FencedCodeBlock block = new FencedCodeBlock();
    private final Predicate<TemplateTag> end;
    private final String endSpelling;
    private final StringBuilder code = new StringBuilder();
    private boolean openerLineSeen;
    private boolean closed;

    VerbatimBlockParser(DialectContext context, String language, Predicate<TemplateTag> end, String endSpelling) {
        this.context = context;
        this.end = end;
        this.endSpelling = endSpelling;
        block.setFenceCharacter("`");
        block.setOpeningFenceLength(3);
        block.setFenceIndent(0);
        block.setInfo(language);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int at = TagLines.find(line, state.getIndex(), context.lexer(), end);
        if (at >= 0) {
            CharSequence before = line.subSequence(state.getIndex(), at);
            if (!TagLines.isBlank(before, 0)) {
                code.append(before).append('\n');
            }
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
        code.append(line.getContent()).append('\n');
    }

    @Override
    public void closeBlock() {
        block.setLiteral(code.toString());
        if (!closed) {
            context.warn(
                    block,
                    "highlight-unclosed",
                    "highlight block is not closed: everything after it became code",
                    "add " + endSpelling + " on its own line after the code");
        }
    }
}
