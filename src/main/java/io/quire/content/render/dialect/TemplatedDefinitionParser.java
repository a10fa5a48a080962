package io.quire.content.render.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A link reference definition whose destination is template syntax, which CommonMark would read as
 * a paragraph: {@code [docs]: {{< ref "docs.md" >}}}, {@code [old]: {% post_url 2010-01-01-x %}},
 * {@code [fig]: {{% eturl figure %}} "Title"}. The definition is kept in the {@link
 * DialectContext} for {@link TemplateLinkProcessor}, which turns {@code [text][docs]} into the
 * link (or, for an unknown shortcode, a placeholder around the text).
 */
final class TemplatedDefinitionParser extends AbstractBlockParser {

    private static final Pattern DEFINITION = Pattern.compile("\\[([^\\]\\[]{1,999})]:[ \\t]*(\\{[{%].*)");
    private static final Pattern TITLE = Pattern.compile("\\s*(?:\"([^\"]*)\"|'([^']*)')?\\s*");

    private final LinkReferenceDefinition block;

    private TemplatedDefinitionParser(LinkReferenceDefinition block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    /** Starts a definition on a line of its own (a definition cannot interrupt a paragraph). */
    static final class Factory extends AbstractBlockParserFactory {

        private final DialectContext context;

        Factory(DialectContext context) {
            this.context = context;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4
                    || start >= line.length()
                    || line.charAt(start) != '['
                    || !matched.getParagraphLines().isEmpty()) {
                return BlockStart.none();
            }
            Matcher m = DEFINITION.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            String rest = m.group(2);
            TagLexer.Lexed lexed = context.lexer().read(rest, 0);
            if (lexed == null) {
                return BlockStart.none();
            }
            int end = lexed.end();
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                end++;
            }
            Matcher title = TITLE.matcher(rest.substring(end));
            if (!title.matches()) {
                return BlockStart.none();
            }
            TemplateLinkProcessor.Destination destination =
                    TemplateLinkProcessor.Destination.of(rest.substring(0, end), context);
            if (destination == null) {
                return BlockStart.none();
            }
            String titleText = title.group(1) != null ? title.group(1) : title.group(2);
            context.define(m.group(1), destination, titleText);
            LinkReferenceDefinition definition = new LinkReferenceDefinition(m.group(1), "", titleText);
            return BlockStart.of(new TemplatedDefinitionParser(definition)).atIndex(line.length());
        }
    }
}
