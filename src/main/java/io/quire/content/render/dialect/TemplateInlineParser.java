package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.Set;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Template tags inside a paragraph, heading or table cell, on {@code {}: a {@link TagInline} for
 * each shortcode and Liquid tag or output; Hugo's escaped <code>{{&lt;/* x *&#47;&gt;}}</code> becomes the text
 * {@code {{< x >}}}; Liquid {@code {% raw %}...{% endraw %}} becomes its text as written, and
 * {@code {% comment %}} and {@code {% capture %}} blocks disappear. Code spans are parsed before
 * this sees their braces, so template syntax in them stays verbatim.
 */
final class TemplateInlineParser implements InlineContentParser {

    /** Longest inline raw, comment or capture block looked for. */
    private static final int MAX_INLINE_BLOCK = 65_536;

    private static final Set<String> DROPPED_BLOCKS = Set.of("comment", "capture");

    private final DialectContext context;

    private TemplateInlineParser(DialectContext context) {
        this.context = context;
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        TagLexer lexer = context.lexer();
        if (lexer.exhausted()) {
            return ParsedInline.none();
        }
        String window = ScannerText.collect(scanner, TagLexer.MAX_TAG_LENGTH, lexer, true);
        TagLexer.Lexed lexed = lexer.read(window, 0);
        scanner.setPosition(start);
        if (lexed == null) {
            return htmlWithTemplates(scanner, window);
        }
        ScannerText.skip(scanner, lexed.end());
        TemplateTag tag = lexed.tag();
        Node node;
        if (tag.syntax() == Syntax.ESCAPED_SHORTCODE) {
            node = new Text(tag.name());
        } else if (tag.syntax() == Syntax.LIQUID_TAG && tag.name().equals("raw")) {
            String inner = until(scanner, "endraw", lexer);
            node = new Text(inner == null ? "" : inner);
        } else if (tag.syntax() == Syntax.LIQUID_TAG && DROPPED_BLOCKS.contains(tag.name())) {
            until(scanner, "end" + tag.name(), lexer);
            node = new Text("");
        } else if (tag.syntax() == Syntax.LIQUID_TAG && tag.name().equals("endraw")) {
            node = new Text("");
        } else {
            node = new TagInline(tag);
        }
        context.sawTag();
        return ParsedInline.of(node, scanner.position());
    }

    /**
     * An HTML tag with template syntax in an attribute, which CommonMark cannot read when the tag has
     * quotes of its own ({@code <a href="{{< ref "x" >}}">}): the tag with its template syntax
     * replaced, as inline HTML; none for anything else.
     */
    private ParsedInline htmlWithTemplates(Scanner scanner, String window) {
        if (window.length() < 2
                || window.charAt(0) != '<'
                || !Character.isLetter(window.charAt(1))
                || (!window.contains("{{") && !window.contains("{%"))) {
            return ParsedInline.none();
        }
        String html = HtmlTemplates.substitute(window, context);
        if (!HtmlTemplates.OPEN_TAG.matcher(html).matches()) {
            return ParsedInline.none();
        }
        ScannerText.skip(scanner, window.length());
        context.sawTag();
        HtmlInline inline = new HtmlInline();
        inline.setLiteral(html);
        return ParsedInline.of(inline, scanner.position());
    }

    /**
     * The text up to {@code {% end %}}, leaving the scanner after it; null (scanner unmoved) when
     * there is none in the rest of the paragraph.
     */
    private static String until(Scanner scanner, String end, TagLexer lexer) {
        Position start = scanner.position();
        String rest = ScannerText.collect(scanner, MAX_INLINE_BLOCK, lexer, false);
        int from = 0;
        while (true) {
            int at = rest.indexOf("{%", from);
            if (at < 0) {
                scanner.setPosition(start);
                return null;
            }
            TagLexer.Lexed lexed = lexer.read(rest, at);
            if (lexed != null && TagLines.liquid(end).test(lexed.tag())) {
                scanner.setPosition(start);
                ScannerText.skip(scanner, lexed.end());
                return rest.substring(0, at);
            }
            from = at + 2;
        }
    }

    /** Registers the parser for {@code {}. */
    static final class Factory implements InlineContentParserFactory {

        private final DialectContext context;

        Factory(DialectContext context) {
            this.context = context;
        }

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{', '<');
        }

        @Override
        public InlineContentParser create() {
            return new TemplateInlineParser(context);
        }
    }
}
