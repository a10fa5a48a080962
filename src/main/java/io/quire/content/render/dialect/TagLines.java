package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.function.Predicate;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.block.ParserState;

/** Questions the template block parsers ask about the current line. */
final class TagLines {

    private TagLines() {}

    /** The tag that is alone (but for spaces) on the rest of the current line, or null. */
    static TemplateTag aloneOnLine(ParserState state, TagLexer lexer) {
        if (state.getIndent() >= 4) {
            return null;
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        if (!TagLexer.startsTag(line, start)) {
            return null;
        }
        TagLexer.Lexed lexed = lexer.read(line, start);
        return lexed != null && isBlank(line, lexed.end()) ? lexed.tag() : null;
    }

    /**
     * Where on the current line a tag accepted by {@code end} starts, or -1. Lines without a
     * {@code {} cost one scan and no lexing.
     */
    static int find(CharSequence line, int from, TagLexer lexer, Predicate<TemplateTag> end) {
        for (int i = from; i + 1 < line.length(); i++) {
            if (TagLexer.startsTag(line, i)) {
                TagLexer.Lexed lexed = lexer.read(line, i);
                if (lexed != null && end.test(lexed.tag())) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean isBlank(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code block} is inside a {@code {% raw %}} block, where template syntax is text. */
    static boolean insideRaw(Block block) {
        for (Node n = block; n != null; n = n.getParent()) {
            if (n instanceof RawBlock) {
                return true;
            }
        }
        return false;
    }

    /** The Liquid tag {@code {% name %}} or {@code {% endname %}}. */
    static Predicate<TemplateTag> liquid(String name) {
        return tag -> tag.syntax() == Syntax.LIQUID_TAG && tag.name().equals(name);
    }

    /** The closing shortcode {@code {{< /name >}}} (or {@code {{% /name %}}}). */
    static Predicate<TemplateTag> closingShortcode(String name) {
        return tag ->
                tag.syntax() == Syntax.SHORTCODE && tag.closing() && tag.name().equals(name);
    }
}
