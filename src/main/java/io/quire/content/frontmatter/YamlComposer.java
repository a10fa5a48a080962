package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * YAML composition and its limits: SnakeYAML composes front matter into nodes with explicit {@link
 * LoaderOptions} limits (aliases to lists and maps, nesting depth, code points), and nothing is
 * constructed from them ({@link YamlValues} reads the nodes). {@code allowDuplicateKeys=false} is
 * set, but SnakeYAML checks it only when constructing objects, which is not done here: YamlValues
 * rejects duplicate keys itself, at the line of the second one. A crossed limit is an error at the
 * first line of the front matter; a syntax error is translated by {@link YamlSyntaxErrors}.
 * Immutable and thread-safe.
 */
final class YamlComposer {

    private final int maxAliasesForCollections;
    private final int maxNestingDepth;
    private final int maxCodePoints;

    YamlComposer(int maxAliasesForCollections, int maxNestingDepth, int maxCodePoints) {
        this.maxAliasesForCollections = maxAliasesForCollections;
        this.maxNestingDepth = maxNestingDepth;
        this.maxCodePoints = maxCodePoints;
    }

    /** Front matter over the code point limit, YAML or TOML. */
    static ContentException tooLong(int maxCodePoints, int firstLine) {
        return new ContentException(
                "front matter is longer than " + maxCodePoints + " characters",
                firstLine,
                1,
                "move long text from the front matter into the Markdown body");
    }

    /** The one YAML document of a front matter block, or null if it is empty. */
    Node compose(String yaml, int firstLine) throws ContentException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(maxAliasesForCollections);
        options.setNestingDepthLimit(maxNestingDepth);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        try {
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(yaml)), options),
                    new FrontMatterResolver(),
                    options);
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw YamlSyntaxErrors.of(e, firstLine);
        } catch (YAMLException e) {
            throw limitError(e, firstLine);
        }
    }

    private ContentException limitError(YAMLException e, int firstLine) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.startsWith("Number of aliases")) {
            return new ContentException(
                    "front matter uses more than " + maxAliasesForCollections + " aliases (*name) to lists or maps",
                    firstLine,
                    1,
                    "aliases can expand a small file into a huge one, so their number is limited;"
                            + " repeat the values instead");
        }
        if (text.startsWith("Nesting Depth")) {
            return new ContentException(
                    "front matter is nested more than " + maxNestingDepth + " levels deep",
                    firstLine,
                    1,
                    "flatten the lists and maps");
        }
        if (text.contains("code points")) {
            return tooLong(maxCodePoints, firstLine);
        }
        return new ContentException(
                "invalid YAML in front matter: " + text, firstLine, 1, YamlSyntaxErrors.hint(text, null));
    }
}
