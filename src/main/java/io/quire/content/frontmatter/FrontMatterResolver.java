package io.quire.content.frontmatter;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 implicit typing (so {@code yes}/{@code no} are booleans, as in Jekyll), minus
 * two surprises for blog authors:
 *
 * <ul>
 *   <li>no base-60 numbers: {@code time: 10:30} stays the text "10:30" instead of the int 37800;
 *   <li>no leading-zero octal: {@code zip: 01234} stays the text "01234" instead of the int 668.
 * </ul>
 */
final class FrontMatterResolver extends Resolver {

    static final Pattern INT_NO_OCTAL_OR_BASE60 =
            Pattern.compile("^(?:[-+]?0b_*[0-1][0-1_]*|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*)$");

    static final Pattern FLOAT_NO_BASE60 = Pattern.compile("^(?:[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
            + "|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN))$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
        // INT before FLOAT: the FLOAT pattern does not match plain integers, but keep SnakeYAML's order
        addImplicitResolver(Tag.INT, INT_NO_OCTAL_OR_BASE60, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT_NO_BASE60, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
        addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
    }
}
