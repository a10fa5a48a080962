package io.quire.content.render.dialect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What the dialect extensions share while one body is parsed and rendered: the page's front matter
 * (for {@code param} and {@code page.x}), the lexer budget, explicit attributes from attribute lists,
 * the warnings found, and a way to parse a piece of Markdown (inner text of components). One
 * instance per rendered body; not thread-safe.
 */
public final class DialectContext {

    /** Most warnings kept for one body; the rest are counted in one last warning. */
    static final int MAX_WARNINGS = 50;

    /** Deepest nesting of {@link #parseFragment} calls (components inside component text). */
    static final int MAX_FRAGMENT_DEPTH = 8;

    private final Map<String, Object> params;
    private final Set<String> iframeHosts;
    private final TagLexer lexer;
    private final List<DialectWarning> warnings = new ArrayList<>();
    private final Map<Node, BlockAttributes> attributes = new IdentityHashMap<>();
    private int droppedWarnings;
    private boolean budgetWarned;
    private Function<String, Node> fragmentParser;
    private int fragmentDepth;
    private int fragmentLineOffset;
    private List<TocLink> toc = List.of();
    private final Map<String, TemplatedDefinition> definitions = new java.util.HashMap<>();

    /** A link reference definition whose destination was template syntax. */
    record TemplatedDefinition(TemplateLinkProcessor.Destination destination, String title) {}

    /**
     * @param params the post's front matter, for {@code param} shortcodes and Liquid {@code page.x}
     * @param iframeHosts hosts whose embeds are kept (others become links)
     * @param bodyLength length of the body, which sizes the lexer budget
     */
    public DialectContext(Map<String, Object> params, Set<String> iframeHosts, int bodyLength) {
        this.params = params;
        this.iframeHosts = iframeHosts;
        this.lexer = new TagLexer(8L * bodyLength + 100_000);
    }

    TagLexer lexer() {
        if (lexer.exhausted() && !budgetWarned) {
            budgetWarned = true;
            warnings.add(new DialectWarning(
                    "template-limit",
                    null,
                    null,
                    "too much template syntax to recognise: the rest of the body is shown as written",
                    "this happens only with thousands of unclosed '{{' or '{%'; close or remove them"));
        }
        return lexer;
    }

    Set<String> iframeHosts() {
        return iframeHosts;
    }

    /** Sets how {@link #parseFragment} parses (a parser with the same extensions and this context). */
    public void fragmentParser(Function<String, Node> parser) {
        this.fragmentParser = parser;
    }

    /**
     * Parses a piece of Markdown (the text of an unclosed comment, a figure caption) into a document
     * whose children the caller moves where they belong; null when nested too deep (the caller then
     * keeps the text as text). Warnings inside it are placed at the lines of the body: the fragment's
     * first line is {@code lineDelta} lines below {@code origin}'s.
     */
    Node parseFragment(String markdown, Node origin, int lineDelta) {
        if (fragmentParser == null || fragmentDepth >= MAX_FRAGMENT_DEPTH) {
            return null;
        }
        int[] position = position(origin);
        int saved = fragmentLineOffset;
        fragmentLineOffset = position == null ? saved : position[0] - 1 + lineDelta;
        fragmentDepth++;
        try {
            return fragmentParser.apply(markdown);
        } finally {
            fragmentDepth--;
            fragmentLineOffset = saved;
        }
    }

    /** The 1-based line and column of {@code node} or its nearest ancestor with a source position. */
    private static int[] position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new int[] {spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1};
            }
        }
        return null;
    }

    /**
     * A front matter value by key, Hugo style: keys match case-insensitively and {@code a.b} looks
     * into maps. Null when absent.
     */
    Object param(String key) {
        Object value = params;
        for (String part : key.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            Object found = null;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).equals(part.toLowerCase(Locale.ROOT))) {
                    found = e.getValue();
                    break;
                }
            }
            value = found;
        }
        return value == params ? null : value;
    }

    void warn(Node node, String code, String message, String hint) {
        if (warnings.size() >= MAX_WARNINGS) {
            droppedWarnings++;
            return;
        }
        int[] position = position(node);
        Integer line = position == null ? null : position[0] + fragmentLineOffset;
        Integer column = position == null ? null : position[1];
        warnings.add(new DialectWarning(code, line, column, message, hint));
    }

    /**
     * The warnings found, by line (at most {@value #MAX_WARNINGS} plus a count of the rest); those
     * without a line last.
     */
    public List<DialectWarning> warnings() {
        List<DialectWarning> all = new ArrayList<>(warnings);
        all.sort(java.util.Comparator.comparing(
                DialectWarning::line, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        if (droppedWarnings == 0) {
            return List.copyOf(all);
        }
        all.add(new DialectWarning(
                "too-many-warnings",
                null,
                null,
                droppedWarnings + " more template warnings in this file were not listed",
                "fix the ones above first"));
        return List.copyOf(all);
    }

    /** The class and id an attribute list gave {@code node}, or null. */
    public BlockAttributes attributes(Node node) {
        return attributes.get(node);
    }

    void addAttributes(Node node, BlockAttributes added) {
        attributes.merge(node, added, BlockAttributes::plus);
    }

    /** Keeps the first definition of a label, as CommonMark does. */
    void define(String label, TemplateLinkProcessor.Destination destination, String title) {
        definitions.putIfAbsent(normalizeLabel(label), new TemplatedDefinition(destination, title));
    }

    TemplatedDefinition definition(String label) {
        return definitions.isEmpty() || label == null ? null : definitions.get(normalizeLabel(label));
    }

    /** Link labels match case-insensitively with runs of whitespace as one space. */
    private static String normalizeLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Sets the headings a {@code [[toc]]} marker lists (known only after the whole body is read). */
    public void toc(List<TocLink> toc) {
        this.toc = List.copyOf(toc);
    }

    List<TocLink> toc() {
        return toc;
    }
}
