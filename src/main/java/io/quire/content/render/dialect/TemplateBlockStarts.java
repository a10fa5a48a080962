package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.Set;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Starts a block for a template tag written alone on its line: Liquid {@code highlight}, {@code
 * raw}, {@code comment} and {@code capture} blocks, and any other shortcode or Liquid tag (which
 * becomes a {@link TagBlock}); a shortcode whose parameters run over several lines too. Tags with
 * text around them are left to the paragraph ({@link TemplateInlineParser}). Inside a {@code raw}
 * block nothing starts.
 */
final class TemplateBlockStarts extends AbstractBlockParserFactory {

    /** Shortcodes and Liquid tags that stand for a piece of text or a URL, never a block. */
    static final Set<String> INLINE_ONLY = Set.of("param", "ref", "relref", "post_url", "link");

    private final DialectContext context;

    TemplateBlockStarts(DialectContext context) {
        this.context = context;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        if (!TagLexer.startsTag(line, start)
                || TagLines.insideRaw(matched.getMatchedBlockParser().getBlock())) {
            return BlockStart.none();
        }
        TagLexer lexer = context.lexer();
        TagLexer.Lexed lexed = lexer.read(line, start);
        if (lexed == null) {
            if (opensShortcode(line, start) && !lexer.exhausted()) {
                context.sawTag();
                return BlockStart.of(new TagLineParser(context, line.subSequence(start, line.length())))
                        .atIndex(line.length());
            }
            return BlockStart.none();
        }
        TemplateTag tag = lexed.tag();
        if (!TagLines.isBlank(line, lexed.end())
                || INLINE_ONLY.contains(tag.name())
                || tag.syntax() == Syntax.LIQUID_OUTPUT
                || tag.syntax() == Syntax.ESCAPED_SHORTCODE) {
            return BlockStart.none();
        }
        BlockStart started = start(tag);
        if (started == null) {
            return BlockStart.none();
        }
        context.sawTag();
        return started.atIndex(line.length());
    }

    private BlockStart start(TemplateTag tag) {
        if (tag.syntax() == Syntax.LIQUID_TAG) {
            switch (tag.name()) {
                case "highlight":
                    return BlockStart.of(new VerbatimBlockParser(
                            context, language(tag), TagLines.liquid("endhighlight"), "{% endhighlight %}"));
                case "raw":
                    return BlockStart.of(new RawBlockParser(context));
                case "comment":
                case "capture":
                    return BlockStart.of(new SkippedBlockParser(context, tag.name()));
                case "endraw":
                    return null; // a stray one is dropped inline
                default:
                    return BlockStart.of(new TagLineParser(context, tag));
            }
        }
        if (tag.name().equals("highlight") && tag.opens()) {
            return BlockStart.of(new VerbatimBlockParser(
                    context, language(tag), TagLines.closingShortcode("highlight"), "{{< /highlight >}}"));
        }
        return BlockStart.of(new TagLineParser(context, tag));
    }

    private static String language(TemplateTag tag) {
        return tag.args().isEmpty() ? "" : tag.args().get(0);
    }

    /**
     * {@code {{<} or {@code {{%} followed by a name, or {@code <Name}: a shortcode or component whose
     * parameters continue below.
     */
    private static boolean opensShortcode(CharSequence line, int i) {
        if (line.charAt(i) == '<') {
            return Character.isUpperCase(line.charAt(i + 1));
        }
        if (i + 3 >= line.length() || line.charAt(i + 1) != '{') {
            return false;
        }
        char mark = line.charAt(i + 2);
        if (mark != '<' && mark != '%') {
            return false;
        }
        int j = i + 3;
        while (j < line.length() && line.charAt(j) == ' ') {
            j++;
        }
        return j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '/');
    }
}
