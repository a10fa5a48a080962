package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the YAML front matter of a {@link SourceDocument} into {@link PostMetadata}.
 *
 * <p>YAML is composed by SnakeYAML with explicit {@link LoaderOptions} limits (aliases to lists and
 * maps, nesting depth, code points) and then turned into JSON-ready values by {@link YamlValues},
 * which interprets the standard YAML tags only, so nothing is ever instantiated from a tag (the
 * guarantee of SnakeYAML's {@code SafeConstructor}). {@code allowDuplicateKeys=false} is set, but
 * SnakeYAML checks it only when constructing objects, which this reader does not use: YamlValues
 * rejects duplicate keys itself, at the line of the second one.
 *
 * <p>Canonical keys and the keys they also accept, first present (non-empty) one wins:
 *
 * <ul>
 *   <li>consumed, not in {@code extra}: {@code id}, {@code title}, {@code slug}, {@code date},
 *       {@code updated}, {@code excerpt}, {@code tags}, {@code featured}, {@code readTime};
 *   <li>kept in {@code extra} under their own names as well: the alternative keys ({@code
 *       publishDate}, {@code published}, {@code pubDate}, {@code lastmod}, {@code lastModified},
 *       {@code modified}, {@code description}, {@code summary}, {@code tag}, {@code keywords}) and
 *       {@code draft}, {@code aliases}, {@code expiryDate}/{@code expirydate}/{@code expires},
 *       {@code author}/{@code authors}. The date key that supplied a date is kept with the
 *       normalised ISO text.
 * </ul>
 *
 * Keys match exactly (case-sensitive). Keys naming fields Quire computes ({@link #COMPUTED_KEYS}) are
 * dropped with a warning. Wrong-typed canonical values are warnings (the value is ignored), except
 * {@code id} and the dates, which are errors.
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

    /**
     * Longest explicit {@code id}, {@code readTime} and tag name, in characters: what the database
     * stores them in (a longer value would fail the whole import's transaction, not just its file).
     */
    public static final int MAX_ID_LENGTH = 200;

    public static final int MAX_READ_TIME_LENGTH = 200;
    public static final int MAX_TAG_LENGTH = 200;

    /** Fields the API computes; front matter keys with these names are dropped with a warning. */
    public static final Set<String> COMPUTED_KEYS =
            Set.of("html", "toc", "wordCount", "readingMinutes", "prev", "next", "markdown", "related", "frontMatter");

    static final List<String> DATE_KEYS = List.of("date", "publishDate", "published", "pubDate");
    static final List<String> UPDATED_KEYS = List.of("updated", "lastmod", "lastModified", "modified");
    static final List<String> EXPIRY_KEYS = List.of("expiryDate", "expirydate", "expires");
    static final List<String> EXCERPT_KEYS = List.of("excerpt", "description", "summary");
    static final List<String> TAG_KEYS = List.of("tags", "tag", "keywords");
    static final List<String> AUTHOR_KEYS = List.of("author", "authors");

    /** Canonical keys: read into typed fields and left out of {@code extra}. */
    static final Set<String> CONSUMED_KEYS =
            Set.of("id", "title", "slug", "date", "updated", "excerpt", "tags", "featured", "readTime");

    private static final String ID_MESSAGE = "id must be a positive integer or a string";

    private final int maxAliasesForCollections;
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
        this.maxAliasesForCollections = maxAliasesForCollections;
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
                : compose(doc.yaml(), doc.yamlFirstLine());
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
        return new Fields(values, values.entries(mapping), warnings).read(bytes);
    }

    private void checkLength(SourceDocument doc) throws ContentException {
        if (doc.yaml().codePointCount(0, doc.yaml().length()) > maxCodePoints) {
            throw new ContentException(
                    "front matter is longer than " + maxCodePoints + " characters",
                    doc.yamlFirstLine(),
                    1,
                    "move long text from the front matter into the Markdown body");
        }
    }

    private Node compose(String yaml, int firstLine) throws ContentException {
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
            throw syntaxError(e, firstLine);
        } catch (YAMLException e) {
            throw limitError(e, firstLine);
        }
    }

    private ContentException syntaxError(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (problem.contains("end of stream") && e.getContextMark() != null) {
            // an unclosed quote or bracket: point at where it was opened, not at the end of the block
            mark = e.getContextMark();
        }
        String what;
        if (problem.isEmpty() || context.isEmpty()) {
            what = problem.isEmpty() ? context : problem;
        } else if (problem.startsWith("but ")) {
            what = context + ", " + problem;
        } else {
            what = problem + " (" + context + ")";
        }
        Integer line = mark == null ? null : mark.getLine() + firstLine;
        Integer column = mark == null ? null : mark.getColumn() + 1;
        return new ContentException(
                "invalid YAML in front matter: " + (what.isEmpty() ? "syntax error" : what),
                line,
                column,
                syntaxHint(problem, context));
    }

    static String syntaxHint(String problem, String context) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "quote values that contain ': ', for example title: \"Java: the good parts\";"
                    + " and check that the keys of one map are indented alike";
        }
        if (p.contains("end of stream") && c.contains("quoted scalar")) {
            return "close the quote: a value that starts with \" or ' must end with the same quote";
        }
        if (p.contains("'\\t'") || p.contains("tab")) {
            return "indent with spaces; YAML does not allow tabs for indentation";
        }
        if (p.contains("undefined alias") || c.contains("alias") || c.contains("anchor")) {
            return "values starting with * or & are YAML aliases and anchors; quote them if they are text";
        }
        if (p.contains("cannot start any token")) {
            return "quote values that start with @, ` or %";
        }
        if (c.contains("flow sequence") || c.contains("flow mapping")) {
            return "a value starting with [ or { is a list or map; quote it if it is text";
        }
        if (p.contains("could not find expected ':'")) {
            return "write one 'key: value' per line; check the indentation and quote text that spans lines";
        }
        if (p.contains("expected <block end>") || c.contains("block mapping") || c.contains("block collection")) {
            return "check the indentation: keys of one map line up, list items start with '- '";
        }
        if (p.contains("single document") || p.contains("another document")) {
            return "a line starting with '--- ' begins a second YAML document; remove it";
        }
        if (p.contains("global tag")) {
            return "remove the !! tag; only standard YAML types are read";
        }
        return "check the YAML near this position; quote values that contain ': ' or ' #',"
                + " or start with [ { * & ! | > @ ` %";
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
            return new ContentException(
                    "front matter is longer than " + maxCodePoints + " characters",
                    firstLine,
                    1,
                    "move long text from the front matter into the Markdown body");
        }
        return new ContentException("invalid YAML in front matter: " + text, firstLine, 1, syntaxHint(text, null));
    }

    /** The reading of one front matter mapping. */
    private static final class Fields {

        private final YamlValues values;
        private final List<YamlValues.Entry> entries;
        private final List<ContentProblem> warnings;
        private final Map<String, YamlValues.Entry> byKey = new LinkedHashMap<>();
        /** Alternative date keys that supplied a date: kept in extra with the normalised text. */
        private final Map<String, String> normalisedDates = new LinkedHashMap<>();

        Fields(YamlValues values, List<YamlValues.Entry> entries, List<ContentProblem> warnings) {
            this.values = values;
            this.entries = entries;
            this.warnings = warnings;
            for (YamlValues.Entry entry : entries) {
                byKey.put(entry.key(), entry);
            }
        }

        PostMetadata read(long expandedBytes) throws ContentException {
            Object id = id(byKey.get("id"));
            String title = text(first(List.of("title")));
            String slug = slug(first(List.of("slug")));
            DateValue date = date(DATE_KEYS);
            DateValue updated = date(UPDATED_KEYS);
            DateValue expiryDate = date(EXPIRY_KEYS);
            String excerpt = text(first(EXCERPT_KEYS));
            List<String> tags = tags(first(TAG_KEYS));
            boolean featured = flag(byKey.get("featured"));
            boolean draft = flag(byKey.get("draft"));
            YamlValues.Entry published = byKey.get("published");
            if (published != null && isFlag(published.valueNode()) && !flag(published)) {
                draft = true;
            }
            List<String> aliases = aliases(byKey.get("aliases"));
            String readTime = readTime(first(List.of("readTime")));

            LinkedHashMap<String, Object> extra = new LinkedHashMap<>();
            for (YamlValues.Entry entry : entries) {
                String key = entry.key();
                if (CONSUMED_KEYS.contains(key)) {
                    continue;
                }
                if (COMPUTED_KEYS.contains(key)) {
                    values.warn(
                            entry.keyNode(),
                            "front matter key '" + key + "' is computed by Quire; your value is ignored",
                            "rename the key if your front-end needs this value");
                    continue;
                }
                extra.put(
                        key,
                        normalisedDates.containsKey(key) ? normalisedDates.get(key) : values.toJson(entry.valueNode()));
            }
            Object authors = null;
            for (String key : AUTHOR_KEYS) {
                if (extra.get(key) != null) {
                    authors = extra.get(key);
                    break;
                }
            }
            List<ContentProblem> sorted = new ArrayList<>(warnings);
            sorted.sort(Comparator.comparing(ContentProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(ContentProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new PostMetadata(
                    id,
                    slug,
                    title,
                    date,
                    updated,
                    expiryDate,
                    excerpt,
                    tags,
                    featured,
                    draft,
                    aliases,
                    readTime,
                    authors,
                    extra,
                    sorted,
                    expandedBytes);
        }

        /** The first of {@code keys} with a non-empty value, or null. */
        private YamlValues.Entry first(List<String> keys) {
            for (String key : keys) {
                YamlValues.Entry entry = byKey.get(key);
                if (entry != null && !isEmpty(entry.valueNode())) {
                    return entry;
                }
            }
            return null;
        }

        private static boolean isEmpty(Node node) {
            return node instanceof ScalarNode scalar
                    && (scalar.getTag().equals(Tag.NULL)
                            || (scalar.getTag().equals(Tag.STR)
                                    && scalar.getValue().isBlank()));
        }

        private Object id(YamlValues.Entry entry) throws ContentException {
            if (entry == null || isNull(entry.valueNode())) {
                return null;
            }
            String hint = "write a number such as id: 42, or text such as id: my-first-post";
            if (entry.valueNode() instanceof ScalarNode scalar) {
                if (scalar.getTag().equals(Tag.INT)) {
                    Number number = values.integer(scalar);
                    if (number instanceof Long id && id > 0) {
                        return id;
                    }
                } else if (scalar.getTag().equals(Tag.STR) && !scalar.getValue().isBlank()) {
                    String id = scalar.getValue().strip();
                    if (id.length() > MAX_ID_LENGTH) {
                        throw values.error(
                                entry.keyNode(),
                                "id is longer than " + MAX_ID_LENGTH + " characters",
                                "use a short id such as id: my-first-post");
                    }
                    return id;
                }
            }
            throw values.error(entry.keyNode(), ID_MESSAGE, hint);
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
        }

        /** A scalar as written (numbers and booleans included), or null; lists and maps warn. */
        private String text(YamlValues.Entry entry) {
            if (entry == null) {
                return null;
            }
            if (entry.valueNode() instanceof ScalarNode scalar) {
                return isEmpty(scalar) ? null : scalar.getValue();
            }
            values.warn(
                    entry.keyNode(),
                    "'" + entry.key() + "' should be text, not a " + kind(entry.valueNode()) + "; it was ignored",
                    "write " + entry.key() + ": followed by the text, quoted if it contains ': '");
            return null;
        }

        private String readTime(YamlValues.Entry entry) {
            String written = text(entry);
            if (written != null && written.length() > MAX_READ_TIME_LENGTH) {
                values.warn(
                        entry.keyNode(),
                        "'readTime' is longer than " + MAX_READ_TIME_LENGTH + " characters; it was ignored",
                        "write a short reading time such as readTime: 5 min");
                return null;
            }
            return written;
        }

        private String slug(YamlValues.Entry entry) {
            String written = text(entry);
            if (written == null) {
                return null;
            }
            String slug = Slugs.slugify(written);
            if (slug.isEmpty()) {
                values.warn(
                        entry.keyNode(),
                        "slug '" + written + "' has no letters or digits; it was ignored",
                        "write a slug such as my-first-post");
                return null;
            }
            return slug;
        }

        private DateValue date(List<String> keys) throws ContentException {
            for (String key : keys) {
                YamlValues.Entry entry = byKey.get(key);
                if (entry == null || isEmpty(entry.valueNode())) {
                    continue;
                }
                if (key.equals("published") && isFlag(entry.valueNode())) {
                    continue; // published: true/false is the draft flag
                }
                DateValue date = parseDate(entry);
                if (!CONSUMED_KEYS.contains(key)) {
                    normalisedDates.put(key, date.text());
                }
                return date;
            }
            return null;
        }

        private DateValue parseDate(YamlValues.Entry entry) throws ContentException {
            Node node = entry.valueNode();
            String hint = Dates.ACCEPTED_FORMS;
            if (node instanceof ScalarNode scalar
                    && (scalar.getTag().equals(Tag.STR) || scalar.getTag().equals(Tag.TIMESTAMP))) {
                try {
                    return Dates.parse(scalar.getValue());
                } catch (Dates.InvalidDate e) {
                    throw values.error(entry.keyNode(), entry.key() + " " + e.getMessage(), hint);
                }
            }
            String what = node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a " + kind(node);
            throw values.error(entry.keyNode(), entry.key() + " " + what + " is not a date", hint);
        }

        /** true/false, yes/no, on/off (YAML booleans), or the text "true"/"false". */
        private static boolean isFlag(Node node) {
            return flagValue(node) != null;
        }

        private static Boolean flagValue(Node node) {
            if (node instanceof ScalarNode scalar) {
                if (scalar.getTag().equals(Tag.BOOL)) {
                    return YamlValues.bool(scalar.getValue());
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

        private boolean flag(YamlValues.Entry entry) {
            if (entry == null || isEmpty(entry.valueNode())) {
                return false;
            }
            Boolean value = flagValue(entry.valueNode());
            if (value == null) {
                values.warn(
                        entry.keyNode(),
                        "'" + entry.key() + "' should be true or false; it was read as false",
                        "write " + entry.key() + ": true or " + entry.key() + ": false");
                return false;
            }
            return value;
        }

        private List<String> tags(YamlValues.Entry entry) {
            if (entry == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            Node node = entry.valueNode();
            if (node instanceof ScalarNode scalar) {
                names.addAll(List.of(scalar.getValue().split(",")));
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        if (!isNull(scalar)) {
                            names.add(scalar.getValue());
                        }
                    } else {
                        values.warn(
                                item,
                                "a tag must be a name, not a " + kind(item) + "; it was dropped",
                                "list tags as names: tags: [java, yaml]");
                    }
                }
            } else {
                values.warn(
                        entry.keyNode(),
                        "'" + entry.key() + "' should be a list of names, not a map; it was ignored",
                        "list tags as names: tags: [java, yaml]");
            }
            Set<String> seen = new LinkedHashSet<>();
            List<String> tags = new ArrayList<>();
            for (String name : names) {
                String trimmed = name.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String slug = Slugs.slugify(trimmed);
                if (slug.isEmpty()) {
                    values.warn(
                            entry.keyNode(),
                            "tag '" + trimmed + "' has no letters or digits; it was dropped",
                            "give the tag a name with letters or digits");
                    continue;
                }
                if (trimmed.length() > MAX_TAG_LENGTH) {
                    values.warn(
                            entry.keyNode(),
                            "a tag is longer than " + MAX_TAG_LENGTH + " characters; it was dropped",
                            "give the tag a short name");
                    continue;
                }
                if (seen.add(slug)) {
                    tags.add(trimmed);
                }
            }
            return tags;
        }

        private List<String> aliases(YamlValues.Entry entry) {
            if (entry == null) {
                return List.of();
            }
            List<String> aliases = new ArrayList<>();
            Node node = entry.valueNode();
            if (node instanceof ScalarNode scalar) {
                if (!isEmpty(scalar)) {
                    aliases.add(scalar.getValue().strip());
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        if (!isEmpty(scalar)) {
                            aliases.add(scalar.getValue().strip());
                        }
                    } else {
                        values.warn(
                                item,
                                "an alias must be a slug or path, not a " + kind(item) + "; it was dropped",
                                "list aliases as text: aliases: [old-slug, /2019/old-path/]");
                    }
                }
            } else {
                values.warn(
                        entry.keyNode(),
                        "'aliases' should be a list, not a map; it was ignored",
                        "list aliases as text: aliases: [old-slug, /2019/old-path/]");
            }
            return aliases;
        }

        private static String kind(Node node) {
            return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "map" : "value";
        }
    }
}
