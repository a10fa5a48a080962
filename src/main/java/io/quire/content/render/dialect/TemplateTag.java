package io.quire.content.render.dialect;

import java.util.List;
import java.util.Map;

/**
 * One tag of a template language written in Markdown: a Hugo shortcode ({@code {{< name a=1 >}}},
 * {@code {{% name %}}}), a Liquid tag ({@code {% name markup %}}) or output ({@code {{ expr }}}), or
 * an MDX/Vue/Astro-style component tag ({@code <Name prop="x" />}).
 *
 * @param syntax which language wrote it
 * @param name the shortcode, tag or component name; for Liquid output, the whole expression
 * @param args positional parameters, in order
 * @param params named parameters, in order
 * @param closing a closing form ({@code {{< /name >}}}, {@code </Name>})
 * @param selfClosing an explicitly self-closing form ({@code {{< name />}}}, {@code <Name />})
 * @param source the tag exactly as written
 */
public record TemplateTag(
        Syntax syntax,
        String name,
        List<String> args,
        Map<String, String> params,
        boolean closing,
        boolean selfClosing,
        String source) {

    /** The languages Quire recognises. */
    public enum Syntax {
        /** {@code {{< >}}} and {@code {{% %}}}. */
        SHORTCODE,
        /** Hugo's escaped form <code>{{&lt;/* x *&#47;&gt;}}</code>: shown as the shortcode it spells. */
        ESCAPED_SHORTCODE,
        /** {@code {% name markup %}}. */
        LIQUID_TAG,
        /** {@code {{ expression }}}. */
        LIQUID_OUTPUT,
        /** {@code <Name ...>}, {@code </Name>}, {@code <Name ... />}. */
        COMPONENT
    }

    public TemplateTag {
        args = List.copyOf(args);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** Whether this tag can start a pair that a later closing tag of the same name ends. */
    public boolean opens() {
        return !closing && !selfClosing && (syntax == Syntax.SHORTCODE || syntax == Syntax.COMPONENT);
    }

    /** A parameter by name, else the positional one at {@code position}, else null. */
    public String param(String key, int position) {
        String value = params.get(key);
        if (value == null && position >= 0 && position < args.size()) {
            value = args.get(position);
        }
        return value;
    }
}
