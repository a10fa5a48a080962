package io.quire.content.render.dialect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What the dialect extensions share while one body is parsed and rendered: the page's front matter
 * (for {@code param} and {@code page.x}), the lexer budget, explicit attributes from attribute lists,
 * link definitions with template destinations, the warnings found, and a way to parse a piece of
 * Markdown. One instance serves one {@code MarkdownRenderer}, so that its parsers and HTML renderer
 * are built once; the state of the body being rendered lives in a {@link Body} bound to the current
 * thread by {@link #open}. Thread-safe.
 */
public final class DialectContext {

    /** Most warnings kept for one body; the rest are counted in one last warning. */
    static final int MAX_WARNINGS = 50;

    /** Deepest nesting of {@link #parseFragment} calls (components inside component text). */
    static final int MAX_FRAGMENT_DEPTH = 8;

    private final Set<String> iframeHosts;
    private final ThreadLocal<Body> current = new ThreadLocal<>();
    private volatile Function<String, Node> fragmentParser;
    private volatile Function<String, Node> locatingFragmentParser;

    /** @param iframeHosts hosts whose embeds are kept (others become links) */
    public DialectContext(Set<String> iframeHosts) {
        this.iframeHosts = Set.copyOf(iframeHosts);
    }

    /**
     * Sets how {@link #parseFragment} parses: parsers with the same extensions, without and with
     * source positions (the latter while warnings are being located).
     */
    public void fragmentParsers(Function<String, Node> plain, Function<String, Node> locating) {
        this.fragmentParser = plain;
        this.locatingFragmentParser = locating;
    }

    /**
     * Binds a new body to this thread until the returned body is closed (then the previous one, if
     * any, is bound again).
     *
     * @param params the post's front matter
     * @param bodyLength length of the body, which sizes the lexer budget
     * @param locating whether the parse keeps source positions (fragments then do too)
     */
    public Body open(Map<String, Object> params, int bodyLength, boolean locating) {
        Body body = new Body(params, bodyLength, locating, current.get());
        current.set(body);
        return body;
    }

    private Body body() {
        Body body = current.get();
        if (body == null) {
            throw new IllegalStateException("no body is being rendered on this thread");
        }
        return body;
    }

    /** The state of one body: see {@link DialectContext}. */
    public final class Body implements AutoCloseable {

        private final Map<String, Object> params;
        private final TagLexer lexer;
        private final boolean locating;
        private final Body previous;
        private final List<DialectWarning> warnings = new ArrayList<>();
        private final Map<Node, BlockAttributes> attributes = new IdentityHashMap<>();
        /** By label, matched as CommonMark matches link labels (the library's own map: case fold, whitespace). */
        private final DefinitionMap<TemplatedDefinition> definitions = new DefinitionMap<>(TemplatedDefinition.class);

        private int droppedWarnings;
        private boolean budgetWarned;
        private int fragmentDepth;
        private int fragmentLineOffset;
        private boolean tags;
        private List<TocLink> toc = List.of();

        private Body(Map<String, Object> params, int bodyLength, boolean locating, Body previous) {
            this.params = params;
            this.lexer = new TagLexer(8L * bodyLength + 100_000);
            this.locating = locating;
            this.previous = previous;
        }

        @Override
        public void close() {
            // set, not remove: the next body on this thread then replaces the entry in place
            // instead of adding one again (which sweeps the thread's map for stale entries)
            current.set(previous);
        }

        /**
         * The warnings found, by line (at most {@value #MAX_WARNINGS} plus a count of the rest); those
         * without a line last.
         */
        public List<DialectWarning> warnings() {
            List<DialectWarning> all = new ArrayList<>(warnings);
            all.sort(Comparator.comparing(DialectWarning::line, Comparator.nullsLast(Comparator.naturalOrder())));
            if (droppedWarnings > 0) {
                all.add(new DialectWarning(
                        "too-many-warnings",
                        null,
                        null,
                        droppedWarnings + " more template warnings in this file were not listed",
                        "fix the ones above first"));
            }
            return List.copyOf(all);
        }

        /** The class and id an attribute list gave {@code node}, or null. */
        public BlockAttributes attributes(Node node) {
            return attributes.isEmpty() ? null : attributes.get(node);
        }

        /** Sets the headings a {@code [[toc]]} marker lists (known only after the whole body is read). */
        public void toc(List<TocLink> toc) {
            this.toc = List.copyOf(toc);
        }
    }

    /** A link reference definition whose destination was template syntax. */
    record TemplatedDefinition(TemplateLinkProcessor.Destination destination, String title) {}

    TagLexer lexer() {
        Body body = body();
        if (body.lexer.exhausted() && !body.budgetWarned) {
            body.budgetWarned = true;
            body.warnings.add(new DialectWarning(
                    "template-limit",
                    null,
                    null,
                    "too much template syntax to recognise: the rest of the body is shown as written",
                    "this happens only with thousands of unclosed '{{' or '{%'; close or remove them"));
        }
        return body.lexer;
    }

    Set<String> iframeHosts() {
        return iframeHosts;
    }

    /** Notes that the body has template nodes, so that pairing and resolving them are not skipped. */
    void sawTag() {
        body().tags = true;
    }

    boolean sawTags() {
        return body().tags;
    }

    /**
     * Parses a piece of Markdown (the text of an unclosed comment, a figure caption) into a document
     * whose children the caller moves where they belong; null when nested too deep (the caller then
     * keeps the text as text). Warnings inside it are placed at the lines of the body: the fragment's
     * first line is {@code lineDelta} lines below {@code origin}'s.
     */
    Node parseFragment(String markdown, Node origin, int lineDelta) {
        Body body = body();
        Function<String, Node> parser = body.locating ? locatingFragmentParser : fragmentParser;
        if (parser == null || body.fragmentDepth >= MAX_FRAGMENT_DEPTH) {
            return null;
        }
        int[] position = position(origin);
        int saved = body.fragmentLineOffset;
        body.fragmentLineOffset = position == null ? saved : position[0] - 1 + lineDelta;
        body.fragmentDepth++;
        try {
            return parser.apply(markdown);
        } finally {
            body.fragmentDepth--;
            body.fragmentLineOffset = saved;
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
        Map<String, Object> params = body().params;
        Object value = params;
        for (String part : key.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            Object found = null;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(part)) {
                    found = e.getValue();
                    break;
                }
            }
            value = found;
        }
        return value == params ? null : value;
    }

    void warn(Node node, String code, String message, String hint) {
        Body body = body();
        if (body.warnings.size() >= MAX_WARNINGS) {
            body.droppedWarnings++;
            return;
        }
        int[] position = position(node);
        Integer line = position == null ? null : position[0] + body.fragmentLineOffset;
        Integer column = position == null ? null : position[1];
        body.warnings.add(new DialectWarning(code, line, column, message, hint));
    }

    BlockAttributes attributes(Node node) {
        return body().attributes(node);
    }

    void addAttributes(Node node, BlockAttributes added) {
        body().attributes.merge(node, added, BlockAttributes::plus);
    }

    /** Keeps the first definition of a label, as CommonMark does. */
    void define(String label, TemplateLinkProcessor.Destination destination, String title) {
        body().definitions.putIfAbsent(label, new TemplatedDefinition(destination, title));
    }

    TemplatedDefinition definition(String label) {
        DefinitionMap<TemplatedDefinition> definitions = body().definitions;
        return definitions.keySet().isEmpty() || label == null ? null : definitions.get(label);
    }

    List<TocLink> toc() {
        return body().toc;
    }
}
