package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.Map;
import java.util.Set;

/**
 * Template syntax in a front matter value that is shown as text (a title, an excerpt): Liquid and
 * shortcodes never reach a reader there either. {@code {{ page.x }}} and {@code {{< param x >}}}
 * become the value, Hugo's escaped form the shortcode it spells, every other tag nothing (the text
 * around it stays). Components ({@code <Name>}) are left alone: in a title they are words.
 */
public final class TemplateText {

    private static final DialectContext CONTEXT = new DialectContext(Set.of());

    private TemplateText() {}

    /** {@code text} without its template tags; null stays null. */
    public static String strip(String text, Map<String, Object> frontMatter) {
        if (text == null || (text.indexOf("{{") < 0 && text.indexOf("{%") < 0)) {
            return text;
        }
        try (DialectContext.Body body = CONTEXT.open(frontMatter, text.length(), false)) {
            return strip(text);
        }
    }

    private static String strip(String text) {
        DialectContext context = CONTEXT;
        TagLexer lexer = context.lexer();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            TagLexer.Lexed lexed = text.charAt(i) == '{' ? lexer.read(text, i) : null;
            if (lexed == null) {
                out.append(text.charAt(i++));
                continue;
            }
            TemplateTag tag = lexed.tag();
            if (tag.syntax() == Syntax.LIQUID_OUTPUT) {
                out.append(TagValues.output(tag, context));
            } else if (tag.syntax() == Syntax.ESCAPED_SHORTCODE) {
                out.append(tag.name());
            } else if (tag.syntax() == Syntax.SHORTCODE && tag.name().equals("param")) {
                out.append(TagValues.param(tag, context));
            }
            i = lexed.end();
        }
        return out.toString().replaceAll("[ \\t]{2,}", " ").strip();
    }
}
