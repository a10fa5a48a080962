package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node graph into JSON-ready Java values, for one read of one file (not
 * thread-safe; create one per read).
 *
 * <p>Only the standard YAML tags are interpreted, by this class: no Java object is ever created from
 * a tag, which is the guarantee SnakeYAML's {@code SafeConstructor} gives, and building values here
 * also keeps positions for error messages and controls how timestamps come out. Values:
 *
 * <ul>
 *   <li>str: String; bool: Boolean; null: null; int: Long, or BigInteger when it does not fit;
 *   <li>float: Double; {@code .nan}, {@code .inf} and overflowing numbers: the text as written;
 *   <li>timestamp: ISO-8601 text (see {@link Dates}); one naming no real day: the text as written,
 *       with a warning;
 *   <li>binary: base64 text; set: List of its keys; seq, omap, pairs: List; map: LinkedHashMap with
 *       YAML merge keys ({@code <<}) applied and duplicate keys rejected;
 *   <li>keys: scalar keys as written ({@code 1: x} has key "1"); collection keys are an error;
 *   <li>unknown local tags ({@code !foo}): ignored with a warning, the node read by its kind.
 * </ul>
 *
 * <p>Aliases are expanded, so every value visited counts against {@value #MAX_VALUES}, which stops
 * "billion laughs" documents that stay under the alias limit; depth is checked again after
 * expansion, and recursive aliases are an error.
 */
final class YamlValues {

    /** Most values (after alias expansion) one front matter block may hold. */
    static final int MAX_VALUES = 100_000;

    /** One key of a mapping, after merges, with its nodes for positions. */
    record Entry(String key, Node keyNode, Node valueNode) {}

    private final int firstLine;
    private final int maxDepth;
    private final List<ContentProblem> warnings;
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int spent;

    /**
     * @param firstLine file line of the first YAML line, to turn node marks into file positions
     * @param maxDepth deepest nesting of lists and maps allowed after alias expansion
     * @param warnings where warnings are added
     */
    YamlValues(int firstLine, int maxDepth, List<ContentProblem> warnings) {
        this.firstLine = firstLine;
        this.maxDepth = maxDepth;
        this.warnings = warnings;
    }

    int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    void warn(Node at, String message, String hint) {
        warnings.add(new ContentProblem(null, line(at), column(at), ContentProblem.Severity.WARNING, message, hint));
    }

    ContentException error(Node at, String message, String hint) {
        return new ContentException(message, line(at), column(at), hint);
    }

    /** The keys of a mapping in file order, merge keys applied; duplicates are an error. */
    List<Entry> entries(MappingNode mapping) throws ContentException {
        enter(mapping);
        try {
            return collect(mapping);
        } finally {
            inProgress.remove(mapping);
        }
    }

    /** {@link #entries} of a mapping already entered. */
    private List<Entry> collect(MappingNode mapping) throws ContentException {
        Map<String, Entry> explicit = new LinkedHashMap<>();
        boolean hasMerges = false;
        List<Object> order = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode instanceof ScalarNode && keyNode.getTag().equals(Tag.MERGE)) {
                order.add(merged(tuple.getValueNode()));
                hasMerges = true;
                continue;
            }
            String key = key(keyNode);
            Entry previous = explicit.get(key);
            if (previous != null) {
                throw error(
                        keyNode,
                        "duplicate key '" + key + "' (first on line " + line(previous.keyNode()) + ")",
                        "remove one of the two '" + key + "' lines");
            }
            Entry entry = new Entry(key, keyNode, tuple.getValueNode());
            explicit.put(key, entry);
            order.add(entry);
        }
        if (!hasMerges) {
            return new ArrayList<>(explicit.values());
        }
        // explicit keys win over merged ones; among merged maps the earlier one wins
        Map<String, Entry> result = new LinkedHashMap<>();
        for (Object item : order) {
            if (item instanceof Entry entry) {
                result.put(entry.key(), entry);
            } else {
                @SuppressWarnings("unchecked")
                List<Entry> merged = (List<Entry>) item;
                for (Entry entry : merged) {
                    if (!explicit.containsKey(entry.key())) {
                        result.putIfAbsent(entry.key(), entry);
                    }
                }
            }
        }
        return new ArrayList<>(result.values());
    }

    private List<Entry> merged(Node value) throws ContentException {
        if (value instanceof MappingNode mapping) {
            List<Entry> entries = entries(mapping);
            spend(value, entries.size());
            return entries;
        }
        if (value instanceof SequenceNode sequence) {
            List<Entry> all = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    throw error(item, "a merge key (<<) takes a map or a list of maps", "write <<: *anchor");
                }
                List<Entry> entries = entries(mapping);
                spend(item, entries.size());
                all.addAll(entries);
            }
            return all;
        }
        throw error(value, "a merge key (<<) takes a map or a list of maps", "write <<: *anchor");
    }

    /** A key's string form: a scalar key as written; collection keys are an error. */
    String key(Node keyNode) throws ContentException {
        if (keyNode instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(
                keyNode, "a key must be a single value, not a list or map", "write keys as plain names: key: value");
    }

    /**
     * The JSON-ready value of a value of the root mapping (see the class comment). The root mapping
     * is nesting level 1, as in SnakeYAML's nesting depth limit.
     */
    Object toJson(Node node) throws ContentException {
        return toJson(node, 2);
    }

    private Object toJson(Node node, int depth) throws ContentException {
        spend(node, 1);
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (depth > maxDepth) {
            throw error(
                    node,
                    "front matter is nested more than " + maxDepth + " levels deep",
                    "flatten the lists and maps, or use fewer aliases (*name) inside them");
        }
        enter(node);
        try {
            if (node instanceof SequenceNode sequence) {
                Tag tag = node.getTag();
                if (!tag.equals(Tag.SEQ) && !tag.equals(Tag.OMAP) && !tag.equals(Tag.PAIRS)) {
                    unknownTag(node);
                }
                List<Object> list = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    list.add(toJson(item, depth + 1));
                }
                return list;
            }
            MappingNode mapping = (MappingNode) node;
            if (mapping.getTag().equals(Tag.SET)) {
                Set<String> keys = new LinkedHashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    keys.add(key(tuple.getKeyNode()));
                }
                return new ArrayList<Object>(keys);
            }
            if (!mapping.getTag().equals(Tag.MAP)) {
                unknownTag(node);
            }
            LinkedHashMap<String, Object> map = new LinkedHashMap<>();
            for (Entry entry : collect(mapping)) {
                map.put(entry.key(), toJson(entry.valueNode(), depth + 1));
            }
            return map;
        } finally {
            inProgress.remove(node);
        }
    }

    private Object scalar(ScalarNode node) throws ContentException {
        Tag tag = node.getTag();
        String value = node.getValue();
        if (tag.equals(Tag.STR) || tag.equals(Tag.MERGE)) {
            return value;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            Boolean bool = FrontMatterBooleans.yaml(value);
            if (bool == null) {
                throw error(node, "'" + value + "' is not a boolean", "write true or false");
            }
            return bool;
        }
        if (tag.equals(Tag.INT)) {
            return integer(node);
        }
        if (tag.equals(Tag.FLOAT)) {
            return decimal(node);
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            try {
                return Dates.parse(value).text();
            } catch (Dates.InvalidDate e) {
                warn(node, e.getMessage() + "; kept as text", Dates.ACCEPTED_FORMS);
                return value;
            }
        }
        if (tag.equals(Tag.BINARY)) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(value.replaceAll("\\s+", ""));
                return Base64.getEncoder().encodeToString(bytes);
            } catch (IllegalArgumentException e) {
                throw error(
                        node, "!!binary value is not valid base64", "check the base64 text or drop the !!binary tag");
            }
        }
        unknownTag(node);
        return value;
    }

    private void unknownTag(Node node) {
        warn(node, "YAML tag '" + node.getTag().getValue() + "' is not supported; it was ignored", "remove the tag");
    }

    /** An int node's value: Long, or BigInteger when it does not fit. */
    Number integer(ScalarNode node) throws ContentException {
        String text = node.getValue().replace("_", "");
        try {
            boolean negative = text.startsWith("-");
            String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            int radix = 10;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                radix = 16;
                digits = digits.substring(2);
            } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
                radix = 2;
                digits = digits.substring(2);
            } else if (digits.startsWith("0o")) {
                radix = 8;
                digits = digits.substring(2);
            }
            BigInteger value = new BigInteger(digits, radix);
            if (negative) {
                value = value.negate();
            }
            return value.bitLength() < 64 ? (Number) value.longValue() : value;
        } catch (NumberFormatException e) {
            throw error(node, "'" + node.getValue() + "' is not an integer", "write a whole number such as 42");
        }
    }

    private Object decimal(ScalarNode node) throws ContentException {
        String written = node.getValue();
        String text = written.replace("_", "");
        if (text.toLowerCase(Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
            return written;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? (Object) value : written;
        } catch (NumberFormatException e) {
            throw error(node, "'" + written + "' is not a number", "write a number such as 1.5");
        }
    }

    /**
     * The size of {@code root} as JSON once every alias is expanded (estimated from above: quotes,
     * commas and escapes included), refused when it is over {@code maxBytes}; a NUL character anywhere
     * is refused too (PostgreSQL cannot store it). Runs before anything is built from the nodes, and
     * every node counts at least one byte, so however aliases nest, the walk visits at most {@code
     * maxBytes} nodes. Recursive aliases and nesting beyond the depth limit are left to {@link #toJson},
     * which reports them.
     *
     * @throws ContentException at the root key whose value crossed the limit
     */
    long expandedSize(MappingNode root, long maxBytes) throws ContentException {
        SizeWalk walk = new SizeWalk(maxBytes);
        walk.bytes = 2; // the braces of the root object
        for (NodeTuple tuple : root.getValue()) {
            walk.add(tuple.getKeyNode(), 1);
            walk.add(tuple.getValueNode(), 1);
            if (walk.bytes > maxBytes) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                throw error(
                        tuple.getKeyNode(),
                        "front matter is larger than " + maxBytes + " bytes as JSON once YAML aliases (*name) are"
                                + " expanded; '" + abbreviate(key) + "' is where it crossed the limit",
                        "an alias copies the anchored value each time it is used, and every post list repeats the"
                                + " front matter: keep long text in the Markdown body, use fewer aliases, or raise"
                                + " quire.content.max-front-matter-bytes");
            }
        }
        return walk.bytes;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The state of one {@link #expandedSize} walk. */
    private final class SizeWalk {
        private final long maxBytes;
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private long bytes;

        SizeWalk(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        void add(Node node, int depth) throws ContentException {
            bytes++; // the separator or bracket that goes with every value
            if (bytes > maxBytes) {
                return;
            }
            if (node instanceof ScalarNode scalar) {
                bytes += jsonLength(scalar);
                return;
            }
            if (depth > maxDepth || !open.add(node)) {
                return; // toJson refuses these with a precise message
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    for (Node item : sequence.getValue()) {
                        add(item, depth + 1);
                        if (bytes > maxBytes) {
                            return;
                        }
                    }
                } else if (node instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        add(tuple.getKeyNode(), depth + 1);
                        add(tuple.getValueNode(), depth + 1);
                        if (bytes > maxBytes) {
                            return;
                        }
                    }
                }
            } finally {
                open.remove(node);
            }
        }

        private long jsonLength(ScalarNode scalar) throws ContentException {
            String value = scalar.getValue();
            long length = 2; // quotes
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == 0) {
                    throw error(
                            scalar,
                            "front matter text contains a NUL character (\\0)",
                            "remove the \\0 escape; text cannot contain NUL characters");
                }
                length += c == '"' || c == '\\' || c < 0x20 ? 2 : io.quire.content.OutputBudget.utf8Length(c);
            }
            return length;
        }
    }

    private void enter(Node node) throws ContentException {
        if (!inProgress.add(node)) {
            throw error(
                    node, "an alias (*name) refers to a list or map that contains it", "remove the recursive alias");
        }
    }

    private void spend(Node at, int values) throws ContentException {
        spent += values;
        if (spent > MAX_VALUES) {
            throw error(
                    at,
                    "front matter expands to more than " + MAX_VALUES + " values",
                    "aliases (*name) copy whole lists and maps; use fewer of them");
        }
    }
}
