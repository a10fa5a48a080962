package io.quire.content.render.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inside of a kramdown attribute list ({@code {: .note #intro lang="en" toc}}) or a
 * heading attribute ({@code {#intro .note}}): {@code .class} and {@code #id} are kept, {@code
 * key=value} pairs and references to attribute definitions are dropped, except kramdown's {@code
 * toc} reference, kept as the class {@code toc}.
 */
final class AttributeList {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:([.#])([\\w\\-:]+)|[\\w\\-:]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'}]+)|([A-Za-z][\\w\\-]*))");

    private AttributeList() {}

    /** The attributes of {@code inside} (the text between the braces, without {@code :}), or null if it is not a list. */
    static BlockAttributes parse(String inside) {
        String id = null;
        List<String> classes = new ArrayList<>();
        Matcher m = TOKEN.matcher(inside);
        int at = 0;
        while (at < inside.length()) {
            if (inside.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (".".equals(m.group(1))) {
                classes.add(m.group(2));
            } else if ("#".equals(m.group(1))) {
                id = m.group(2);
            } else if ("toc".equals(m.group(3))) {
                classes.add("toc");
            }
            at = m.end();
        }
        return new BlockAttributes(id, classes);
    }
}
