package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the front matter of a {@link SourceDocument} into {@link PostMetadata}, in three steps named
 * by their classes: {@link YamlComposer} (or {@link TomlFrontMatter}) composes the block into nodes
 * within the limits, {@link YamlValues} turns nodes into JSON-ready values (the standard YAML tags
 * only, so nothing is ever instantiated from a tag: the guarantee of SnakeYAML's {@code
 * SafeConstructor}) and measures the front matter with aliases expanded, and {@link
 * FrontMatterFields} applies the field rules.
 *
 * <p>A document without front matter gives empty metadata, except that a body whose first line is
 * {@code ---} or {@code +++} (YAML or TOML front matter never closed: reading it as Markdown would
 * publish the front matter as text) is an error at line 1.
 *
 * <p>Immutable and thread-safe; {@link #read} keeps its state on the stack.
 */
public final class FrontMatterReader {

    public static final int DEFAULT_MAX_ALIASES_FOR_COLLECTIONS = 50;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 50;
    /** Matches the default largest content file, 1 MiB. */
    public static final int DEFAULT_MAX_CODE_POINTS = 1024 * 1024;

    private final YamlComposer yaml;
    private final int maxNestingDepth;
    private final int maxCodePoints;
    private final int maxExpandedBytes;

    public FrontMatterReader() {
        this(DEFAULT_MAX_ALIASES_FOR_COLLECTIONS, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_CODE_POINTS);
    }

    public FrontMatterReader(int maxAliasesForCollections, int maxNestingDepth, int maxCodePoints) {
        this(
                maxAliasesForCollections,
                maxNestingDepth,
                maxCodePoints,
                io.quire.content.OutputBudget.DEFAULT_MAX_FRONT_MATTER_BYTES);
    }

    /**
     * @param maxAliasesForCollections most aliases ({@code *name}) to lists and maps in one front
     *     matter block (SnakeYAML's billion-laughs guard)
     * @param maxNestingDepth deepest nesting of lists and maps, the root mapping being level 1
     * @param maxCodePoints longest front matter block, in code points
     * @param maxExpandedBytes largest front matter as JSON once aliases are expanded
     */
    public FrontMatterReader(
            int maxAliasesForCollections, int maxNestingDepth, int maxCodePoints, int maxExpandedBytes) {
        if (maxAliasesForCollections < 0 || maxNestingDepth < 1 || maxCodePoints < 1 || maxExpandedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.yaml = new YamlComposer(maxAliasesForCollections, maxNestingDepth, maxCodePoints);
        this.maxNestingDepth = maxNestingDepth;
        this.maxCodePoints = maxCodePoints;
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public PostMetadata read(SourceDocument doc) throws ContentException {
        Objects.requireNonNull(doc, "doc");
        if (doc.yaml() == null) {
            String body = doc.body() == null ? "" : doc.body();
            if (FrontMatterSplitter.startsWithFence(body, "---")) {
                throw new ContentException(
                        "front matter is not closed: the first line is --- but no later line is --- or ...",
                        doc.bodyFirstLine(),
                        1,
                        "add a line containing only --- after the last front matter line");
            }
            if (FrontMatterSplitter.startsWithFence(body, "+++")) {
                throw new ContentException(
                        "front matter is not closed: the first line is +++ but no later line is +++",
                        doc.bodyFirstLine(),
                        1,
                        "add a line containing only +++ after the last front matter line");
            }
            return PostMetadata.empty();
        }
        checkLength(doc);
        Node root = doc.toml()
                ? new TomlFrontMatter(maxNestingDepth).compose(doc.yaml(), doc.yamlFirstLine())
                : yaml.compose(doc.yaml(), doc.yamlFirstLine());
        List<ContentProblem> warnings = new ArrayList<>();
        YamlValues values = new YamlValues(doc.yamlFirstLine(), maxNestingDepth, warnings);
        if (root == null) {
            return PostMetadata.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw values.error(
                    root,
                    "front matter must be a map of keys and values, not "
                            + (root instanceof SequenceNode ? "a list" : "a single value"),
                    "write one 'key: value' per line, for example title: My post");
        }
        long bytes = values.expandedSize(mapping, maxExpandedBytes);
        return new FrontMatterFields(values, values.entries(mapping), warnings).read(bytes);
    }

    private void checkLength(SourceDocument doc) throws ContentException {
        if (doc.yaml().codePointCount(0, doc.yaml().length()) > maxCodePoints) {
            throw YamlComposer.tooLong(maxCodePoints, doc.yamlFirstLine());
        }
    }
}
