package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the tags that stand for a value (a URL, a front matter value) stand for. */
final class TagValues {

    /**
     * How a reference to another post travels from parsing to rendering in a link destination:
     * {@code quire-ref:posts/other.md#part}. Rendered as {@code href} = the target as written plus
     * {@code data-quire-ref} = the target (see {@link DialectExtension}).
     */
    static final String REF_SCHEME = "quire-ref:";

    private TagValues() {}

    /**
     * The target of a reference to another post: Hugo {@code ref}/{@code relref} ({@code "path"} or
     * {@code path="..."}), Liquid {@code post_url} (a post's file name without date folder and
     * extension) and {@code link} (a path). Null for every other tag.
     */
    static String refTarget(TemplateTag tag) {
        if (tag.closing()) {
            return null;
        }
        boolean ref = tag.syntax() == Syntax.SHORTCODE
                && (tag.name().equals("ref") || tag.name().equals("relref"));
        boolean liquid = tag.syntax() == Syntax.LIQUID_TAG
                && (tag.name().equals("post_url") || tag.name().equals("link"));
        if (!ref && !liquid) {
            return null;
        }
        String target = tag.param("path", 0);
        return target == null || target.isBlank() ? null : target.strip();
    }

    /**
     * Liquid output: {@code page.key} (Jekyll) and {@code $frontmatter.key} (VitePress) give the
     * post's front matter value, a quoted string gives itself ({@code {{ "/img/a.png" |
     * relative_url }}}); filters after {@code |} are ignored. Everything else ({@code site.baseurl},
     * variables) stands for nothing Quire can know, and is dropped.
     */
    static String output(TemplateTag tag, DialectContext context) {
        String expression = tag.name();
        char first = expression.charAt(0);
        if (first == '"' || first == '\'') {
            int end = expression.indexOf(first, 1);
            return end > 0 ? expression.substring(1, end) : "";
        }
        int pipe = expression.indexOf('|');
        if (pipe >= 0) {
            expression = expression.substring(0, pipe);
        }
        expression = expression.strip();
        for (String prefix : List.of("page.", "$frontmatter.", "frontmatter.")) {
            if (expression.startsWith(prefix)) {
                return text(context.param(expression.substring(prefix.length())));
            }
        }
        return "";
    }

    /** Hugo {@code {{< param "key" >}}}: the post's front matter value, or "" when it has none. */
    static String param(TemplateTag tag, DialectContext context) {
        String key = tag.param("name", 0);
        return key == null ? "" : text(context.param(key));
    }

    /** The text of a scalar value; list items joined with ", "; maps and null give "". */
    static String text(Object value) {
        if (value == null || value instanceof Map) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .filter(v -> !(v instanceof Map) && !(v instanceof List) && v != null)
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
