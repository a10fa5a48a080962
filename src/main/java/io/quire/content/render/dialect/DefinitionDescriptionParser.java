package io.quire.content.render.dialect;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A definition: a line starting with {@code :} and a space (at most three spaces in), right after
 * the term lines (a paragraph, whose lines become the terms), after a blank line that follows them,
 * or after another definition. Its content continues on lines indented past the {@code :}, like a
 * list item's. {@link DefinitionLists} groups terms and definitions into lists.
 */
final class DefinitionDescriptionParser extends ContainerBlockParser {

    private final DefinitionDescription block = new DefinitionDescription();
    private final SourceLines terms;
    private final int contentIndent;
    private boolean sawBlankLine;

    private DefinitionDescriptionParser(SourceLines terms, int contentIndent, boolean loose) {
        this.terms = terms;
        this.contentIndent = contentIndent;
        block.loose(loose);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            if (block.getFirstChild() == null) {
                return BlockContinue.none();
            }
            sawBlankLine = true;
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= contentIndent) {
            if (sawBlankLine) {
                block.loose(true);
            }
            return BlockContinue.atColumn(state.getColumn() + contentIndent);
        }
        return BlockContinue.none();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (terms == null) {
            return;
        }
        for (SourceLine line : terms.getLines()) {
            DefinitionTerm term = new DefinitionTerm();
            Paragraph holder = new Paragraph();
            SourceLines one = SourceLines.empty();
            one.addLine(SourceLine.of(line.getContent().toString().strip(), line.getSourceSpan()));
            inlineParser.parse(one, holder);
            Nodes.appendChildren(holder, term);
            if (line.getSourceSpan() != null) {
                term.addSourceSpan(line.getSourceSpan());
            }
            block.insertBefore(term);
        }
    }

    /** Starts definitions. */
    static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int colon = state.getNextNonSpaceIndex();
            if (colon + 1 >= line.length() || line.charAt(colon) != ':') {
                return BlockStart.none();
            }
            char after = line.charAt(colon + 1);
            if (after != ' ' && after != '\t') {
                return BlockStart.none();
            }
            int content = colon + 1;
            while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) {
                content++;
            }
            int contentIndent = Math.min(content - colon + state.getIndent(), 4 + state.getIndent());
            SourceLines paragraph = matched.getParagraphLines();
            if (!paragraph.isEmpty()) {
                return BlockStart.of(new DefinitionDescriptionParser(paragraph, contentIndent, false))
                        .atIndex(content)
                        .replaceParagraphLines(paragraph.getLines().size());
            }
            Node previous = matched.getMatchedBlockParser().getBlock().getLastChild();
            if (previous instanceof Paragraph || previous instanceof DefinitionDescription) {
                return BlockStart.of(
                                new DefinitionDescriptionParser(null, contentIndent, previous instanceof Paragraph))
                        .atIndex(content);
            }
            return BlockStart.none();
        }
    }
}
