package io.quire.content.render.dialect;

import java.util.function.Predicate;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;

/**
 * Liquid's {@code {% highlight lang %}} ... {@code {% endhighlight %}} and Hugo's {@code {{<
 * highlight lang >}}} ... {@code {{< /highlight >}}}: the lines between are code, exactly as
 * written (indentation, blank lines, Markdown characters), and become a fenced code block with the
 * language as its info string. Options after the language ({@code linenos}, {@code "hl_lines=2"})
 * are dropped. A block that is never closed runs to the end of its container.
 */
final class VerbatimBlockParser extends TagDelimitedLinesParser {

    private final FencedCodeBlock block = new FencedCodeBlock();
    private final String endSpelling;

    VerbatimBlockParser(DialectContext context, String language, Predicate<TemplateTag> end, String endSpelling) {
        super(context, end);
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
    protected void textBeforeEnd(CharSequence text) {
        if (!TagLines.isBlank(text, 0)) {
            lines.append(text).append('\n');
        }
    }

    @Override
    public void closeBlock() {
        block.setLiteral(lines.toString());
        if (!closed()) {
            context.warn(
                    block,
                    "highlight-unclosed",
                    "highlight block is not closed: everything after it became code",
                    "add " + endSpelling + " on its own line after the code");
        }
    }
}
