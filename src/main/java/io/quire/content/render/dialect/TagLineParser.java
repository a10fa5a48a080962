package io.quire.content.render.dialect;

import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * A template tag alone on its line, or a shortcode whose parameters continue on the following
 * lines until its {@code >}}} (or {@code %}}}). Such a shortcode that meets a blank line, the end
 * of its container or {@link TagLexer#MAX_TAG_LENGTH} first is not one: its lines are kept as a
 * paragraph, and {@link TagResolver} reports it.
 */
final class TagLineParser extends AbstractBlockParser {

    private final DialectContext context;
    private final TagBlock block;
    private final StringBuilder text;
    private boolean openerLineSeen;
    private String trailing = "";

    /** A complete tag on one line. */
    TagLineParser(DialectContext context, TemplateTag tag) {
        this.context = context;
        this.block = new TagBlock(tag);
        this.text = null;
    }

    /** The first line of a shortcode that continues below. */
    TagLineParser(DialectContext context, CharSequence firstLine) {
        this.context = context;
        this.block = new TagBlock(null);
        this.text = new StringBuilder(firstLine);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (text == null
                || block.tag() != null
                || state.isBlank()
                || text.length() > TagLexer.MAX_TAG_LENGTH
                || context.lexer().exhausted()) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        if (!openerLineSeen) {
            openerLineSeen = true; // the rest of the opening line, already taken
            return;
        }
        text.append('\n').append(line.getContent());
        TagLexer.Lexed lexed = context.lexer().read(text, 0);
        if (lexed != null) {
            block.tag(lexed.tag());
            trailing = text.substring(lexed.end()).strip();
        }
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        String rest = block.tag() == null && text != null ? text.toString() : trailing;
        if (rest.isEmpty()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        String[] lines = rest.split("\n", -1);
        SourceLines sourceLines = SourceLines.empty();
        for (String l : lines) {
            sourceLines.addLine(SourceLine.of(l, null));
        }
        inlineParser.parse(sourceLines, paragraph);
        paragraph.setSourceSpans(block.getSourceSpans());
        block.insertAfter(paragraph);
    }
}
