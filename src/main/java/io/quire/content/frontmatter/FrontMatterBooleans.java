package io.quire.content.frontmatter;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What an author's front matter means by true and false. Wider on purpose than a query parameter's
 * {@code true}/{@code false}: front matter is written by hand for Jekyll and Hugo, whose YAML 1.1
 * reads {@code yes}/{@code no} and {@code on}/{@code off} as booleans (see {@link
 * FrontMatterResolver}), and a quoted {@code "true"} is still meant as a flag; a quoted {@code "yes"}
 * is text the author chose to quote, so it is not one.
 */
final class FrontMatterBooleans {

    private FrontMatterBooleans() {}

    /** A YAML 1.1 boolean's text (true/yes/on, false/no/off, any case), or null. */
    static Boolean yaml(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A flag field's value ({@code draft}, {@code featured}, {@code published}): a YAML boolean, or the
     * text "true"/"false" in any case; null for anything else.
     */
    static Boolean flag(Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.BOOL)) {
                return yaml(scalar.getValue());
            }
            if (scalar.getTag().equals(Tag.STR)) {
                String text = scalar.getValue().strip().toLowerCase(Locale.ROOT);
                if (text.equals("true") || text.equals("false")) {
                    return Boolean.valueOf(text);
                }
            }
        }
        return null;
    }
}
