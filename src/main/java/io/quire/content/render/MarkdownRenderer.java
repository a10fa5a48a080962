package io.quire.content.render;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.OutputBudget;
import io.quire.content.render.dialect.DialectContext;
import io.quire.content.render.dialect.DialectExtension;
import io.quire.content.render.dialect.DialectWarning;
import io.quire.content.render.dialect.TocLink;
import io.quire.shared.TocEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Stage 5 (render) of the import pipeline, run chunk by chunk after planning: Markdown body in, sanitised HTML plus table of
 * contents, plain text, excerpts and word count out.
 *
 * <p>CommonMark with GitHub-flavoured tables, strikethrough, task list items, autolinks and
 * footnotes, plus the dialects of the tools real sites are written with (Liquid, Hugo shortcodes,
 * MDX components, alerts, TOC markers, definition lists, attribute lists: see {@link
 * DialectExtension}). Every heading gets a GitHub-style {@code id}. Raw HTML is allowed in the
 * source, and the whole output then goes through an OWASP java-html-sanitizer allow-list (see
 * {@link SanitizerPolicy}).
 *
 * <p>Thread-safe: build one instance and share it. The parser, HTML renderer and sanitiser policy
 * are built once in the constructor; the state of the body being rendered (dialect, heading ids) is
 * bound to the rendering thread.
 */
public final class MarkdownRenderer {

    /**
     * Deepest nesting (in parsed tree levels below the document) that is rendered. Real posts stay
     * far below this (ten levels of nested lists is about 25); anything deeper is hostile or broken
     * input, refused with a {@link ContentException} before the recursive HTML renderer sees it.
     */
    static final int MAX_NESTING = 64;

    /**
     * The parser's own bounds, kept above {@link #MAX_NESTING} so that deeper input reaches the
     * depth check (and is refused) instead of being silently flattened to text, while the tree
     * commonmark builds (and walks recursively in its post-processors) stays bounded.
     */
    private static final int PARSER_MAX_OPEN_BLOCKS = 100;

    private static final int PARSER_MAX_INLINE_NESTING = 100;

    /**
     * Most unclosed {@code [} allowed in one paragraph. commonmark-java's inline parser takes time
     * quadratic in the nesting of images ({@code ![![![...](x)](x)}: about 20 s for 100,000 levels),
     * so such input is refused before parsing. Legitimate text never comes close.
     */
    static final int MAX_OPEN_BRACKETS = 1000;

    /**
     * Most footnote references in one body. Each reference also renders a back-reference link of
     * about 300 bytes, so {@code [^1]} repeated 100,000 times would turn 400 KB of Markdown into 28
     * MB of HTML.
     */
    static final int MAX_FOOTNOTE_REFERENCES = 2000;

    /**
     * The document being rendered on this thread, read by the attribute provider: the heading ids,
     * and (only when locating where the output grew over its budget) the last node that wrote a tag.
     */
    private static final ThreadLocal<RenderState> RENDERING = new ThreadLocal<>();

    private static final class RenderState {
        final Map<Node, String> headingIds;
        final boolean trackNodes;
        Node lastNode;

        RenderState(Map<Node, String> headingIds, boolean trackNodes) {
            this.headingIds = headingIds;
            this.trackNodes = trackNodes;
        }
    }

    private final DialectContext dialect;
    private final Parser parser;
    private final Parser parserWithSourceSpans;
    private final HtmlRenderer htmlRenderer;
    private final PolicyFactory policy;
    private final OutputBudget budget;

    /**
     * @param iframeHosts hosts (for example {@code www.youtube.com}) whose https {@code <iframe>}
     *     embeds are kept; empty means every iframe is removed
     */
    public MarkdownRenderer(Set<String> iframeHosts) {
        this(iframeHosts, OutputBudget.defaults());
    }

    /**
     * @param iframeHosts hosts (for example {@code www.youtube.com}) whose https {@code <iframe>}
     *     embeds are kept; empty means every iframe is removed
     * @param budget the most HTML and plain text one body may render to
     */
    public MarkdownRenderer(Set<String> iframeHosts, OutputBudget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.dialect = new DialectContext(Objects.requireNonNull(iframeHosts, "iframeHosts"));
        // The dialect extension first, so that template syntax is seen before Markdown's.
        List<Extension> extensions = List.of(
                DialectExtension.create(dialect),
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListItemsExtension.create(),
                AutolinkExtension.create(),
                FootnotesExtension.create());
        this.parser = parserBuilder(extensions).build();
        this.parserWithSourceSpans = parserBuilder(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        dialect.fragmentParsers(parser::parse, parserWithSourceSpans::parse);
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                // The factory is called once per render (each has its own context), the provider for
                // every tag: the thread's state is looked up once.
                .attributeProviderFactory(context -> {
                    RenderState state = RENDERING.get();
                    return (node, tagName, attributes) -> {
                        if (state == null) {
                            return;
                        }
                        if (state.trackNodes) {
                            state.lastNode = node;
                        }
                        if (node instanceof Heading) {
                            String id = state.headingIds.get(node);
                            if (id != null) {
                                attributes.put("id", id);
                            }
                        }
                    };
                })
                .build();
        this.policy = SanitizerPolicy.build(iframeHosts);
    }

    private static Parser.Builder parserBuilder(List<Extension> extensions) {
        return Parser.builder()
                .extensions(extensions)
                .maxOpenBlockParsers(PARSER_MAX_OPEN_BLOCKS)
                .maxInlineNesting(PARSER_MAX_INLINE_NESTING);
    }

    /** Renders one Markdown body of a post without front matter (see {@link #render(String, Map)}). */
    public RenderedBody render(String markdownBody) throws ContentException {
        return render(markdownBody, Map.of());
    }

    /**
     * Renders one Markdown body (the file without its front matter).
     *
     * @param frontMatter the post's front matter, which Hugo's {@code {{< param key >}}} and Liquid's
     *     {@code {{ page.key }}} read
     * @throws ContentException if the Markdown is nested deeper than {@value #MAX_NESTING} levels,
     *     has more than {@value #MAX_OPEN_BRACKETS} unclosed {@code [} in a paragraph or more than
     *     {@value #MAX_FOOTNOTE_REFERENCES} footnote references, renders to more HTML or plain text
     *     than the {@link OutputBudget} allows, or is otherwise too large to render (line and column,
     *     when known, are relative to the body)
     */
    public RenderedBody render(String markdownBody, Map<String, Object> frontMatter) throws ContentException {
        Objects.requireNonNull(markdownBody, "markdownBody");
        Objects.requireNonNull(frontMatter, "frontMatter");
        checkBrackets(markdownBody);
        try (DialectContext.Body body = dialect.open(frontMatter, markdownBody.length(), false)) {
            Document document = parse(parser, markdownBody);

            BodyScan scan;
            try {
                scan = BodyScan.scan(document, MAX_NESTING, policy, budget.maxTextBytes());
            } catch (BodyScan.TooDeep e) {
                throw tooDeep(markdownBody, frontMatter);
            } catch (BodyScan.TextTooLarge e) {
                throw textTooLarge(markdownBody, frontMatter);
            }
            if (scan.footnoteReferences() > MAX_FOOTNOTE_REFERENCES) {
                throw new ContentException(
                        "Markdown has " + scan.footnoteReferences() + " footnote references, more than the "
                                + MAX_FOOTNOTE_REFERENCES + " allowed",
                        "Use fewer [^label] references; each one also renders a link back from the footnote.");
            }

            List<TocEntry> toc = new ArrayList<>();
            Map<Node, String> headingIds = scan.headingIds(toc, body::attributes);
            body.toc(toc.stream()
                    .map(entry -> new TocLink(entry.level(), entry.text(), entry.id()))
                    .toList());
            // The sanitiser mostly shrinks what it is given (it drops scripts, styles, unknown tags),
            // so the raw HTML may be larger than the budget as long as the sanitised HTML is not.
            StringBuilder rawHtml = new StringBuilder();
            RENDERING.set(new RenderState(headingIds, false));
            try {
                htmlRenderer.render(document, new BoundedOutput(rawHtml, 2L * budget.maxHtmlBytes()));
            } catch (BoundedOutput.Full e) {
                throw htmlTooLarge(markdownBody, frontMatter);
            } finally {
                RENDERING.remove();
            }

            StringBuilder html = new StringBuilder(rawHtml.length() + 16);
            HtmlSanitizer.sanitize(rawHtml.toString(), policy.apply(new HtmlOutput(html)));
            rawHtml = null;
            if (OutputBudget.utf8Length(html) > budget.maxHtmlBytes()) {
                throw htmlTooLarge(markdownBody, frontMatter);
            }

            String plainText = scan.plainText();
            return new RenderedBody(
                    html.toString(),
                    toc,
                    plainText,
                    scan.moreExcerpt(),
                    scan.firstParagraph(),
                    scan.firstHeading(),
                    WordCounter.count(plainText),
                    body.warnings().isEmpty() ? List.of() : locatedWarnings(markdownBody, frontMatter));
        }
    }

    /**
     * The dialect warnings, with lines: found by a parse without source positions (the fast path),
     * so a body that has any is parsed again with them (the same input gives the same tree).
     */
    private List<ContentProblem> locatedWarnings(String markdownBody, Map<String, Object> frontMatter) {
        try (DialectContext.Body located = dialect.open(frontMatter, markdownBody.length(), true)) {
            parserWithSourceSpans.parse(markdownBody);
            return located.warnings().stream().map(MarkdownRenderer::problem).toList();
        }
    }

    private static ContentProblem problem(DialectWarning w) {
        return new ContentProblem(
                null, w.line(), w.column(), ContentProblem.Severity.WARNING, w.message(), w.hint(), w.code());
    }

    private static Document parse(Parser parser, String markdown) throws ContentException {
        try {
            return (Document) parser.parse(markdown);
        } catch (IllegalArgumentException e) {
            // commonmark-ext-gfm-tables refuses tables of more than a million cells this way.
            throw new ContentException(
                    "Markdown is too large to render: " + e.getMessage(),
                    "Split very large tables into smaller ones (at most a million cells in total).");
        }
    }

    /**
     * Refuses more than {@value #MAX_OPEN_BRACKETS} unclosed {@code [} within one paragraph (the
     * count restarts at every blank line; a backslash-escaped bracket does not count). A linear scan
     * of the source, deliberately approximate: it does not know about code spans or code blocks,
     * where that many unclosed brackets are just as implausible.
     */
    static void checkBrackets(String markdown) throws ContentException {
        if (fewerThan(markdown, '[', MAX_OPEN_BRACKETS + 1)) {
            return; // no paragraph can have too many: indexOf is much faster than the scan below
        }
        int open = 0;
        boolean blankLine = true;
        int n = markdown.length();
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            switch (c) {
                case '\n' -> {
                    if (blankLine) {
                        open = 0;
                    }
                    blankLine = true;
                }
                case ' ', '\t', '\r' -> {}
                case '\\' -> {
                    blankLine = false;
                    if (i + 1 < n && markdown.charAt(i + 1) != '\n') {
                        i++;
                    }
                }
                case '[' -> {
                    blankLine = false;
                    if (++open > MAX_OPEN_BRACKETS) {
                        throw tooManyBrackets(markdown, i);
                    }
                }
                case ']' -> {
                    blankLine = false;
                    if (open > 0) {
                        open--;
                    }
                }
                default -> blankLine = false;
            }
        }
    }

    private static boolean fewerThan(String text, char c, int count) {
        int seen = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (++seen >= count) {
                return false;
            }
        }
        return true;
    }

    private static ContentException tooManyBrackets(String markdown, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (markdown.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ContentException(
                "Markdown has more than " + MAX_OPEN_BRACKETS + " unclosed '[' in one paragraph",
                line,
                index - lineStart + 1,
                "Close the brackets of links and images, or escape literal brackets as \\[.");
    }

    /**
     * Builds the error for a body whose HTML is over the budget, at the node that was being written
     * when the (unsanitised) output crossed it: for a flood of reference links, the line of the link
     * that tipped it over. Error path only: parses again with source positions.
     */
    private ContentException htmlTooLarge(String markdownBody, Map<String, Object> frontMatter)
            throws ContentException {
        RenderState state;
        try (DialectContext.Body located = dialect.open(frontMatter, markdownBody.length(), true)) {
            Document document = parse(parserWithSourceSpans, markdownBody);
            Map<Node, String> headingIds =
                    BodyScan.scan(document, MAX_NESTING, policy).headingIds(new ArrayList<>(), located::attributes);
            state = new RenderState(headingIds, true);
            RENDERING.set(state);
            try {
                htmlRenderer.render(document, new BoundedOutput(new StringBuilder(), budget.maxHtmlBytes()));
            } catch (BoundedOutput.Full e) {
                // expected: state.lastNode is where it happened
            } finally {
                RENDERING.remove();
            }
        }
        int[] position = position(state.lastNode);
        return new ContentException(
                "Markdown renders to more than " + budget.maxHtmlBytes() + " bytes of HTML",
                position == null ? null : position[0],
                position == null ? null : position[1],
                "Reference links, footnotes and images repeat their URL each time they are used; use them"
                        + " fewer times, split the post, or raise quire.render.max-html-bytes.");
    }

    /** Builds the error for a body whose plain text is over the budget, at the node where it crossed it. */
    private ContentException textTooLarge(String markdownBody, Map<String, Object> frontMatter)
            throws ContentException {
        Node at = null;
        try (DialectContext.Body located = dialect.open(frontMatter, markdownBody.length(), true)) {
            BodyScan.scan(parse(parserWithSourceSpans, markdownBody), MAX_NESTING, policy, budget.maxTextBytes());
        } catch (BodyScan.TextTooLarge e) {
            at = e.node;
        }
        int[] position = position(at);
        return new ContentException(
                "Markdown has more than " + budget.maxTextBytes() + " bytes of text",
                position == null ? null : position[0],
                position == null ? null : position[1],
                "Split the post, or raise quire.render.max-text-bytes.");
    }

    /** The 1-based body line of the first level-1 heading (the one a title is taken from), or null. */
    public Integer firstHeadingLine(String markdownBody, Map<String, Object> frontMatter) throws ContentException {
        return firstLine(markdownBody, frontMatter, node -> node instanceof Heading heading && heading.getLevel() == 1);
    }

    /** The 1-based body line of the {@code <!--more-->} marker that ends the excerpt, or null. */
    public Integer moreMarkerLine(String markdownBody, Map<String, Object> frontMatter) throws ContentException {
        return firstLine(
                markdownBody,
                frontMatter,
                node -> node instanceof HtmlBlock block && BodyScan.isMoreMarker(block.getLiteral()));
    }

    private Integer firstLine(
            String markdownBody, Map<String, Object> frontMatter, java.util.function.Predicate<Node> match)
            throws ContentException {
        Node node;
        try (DialectContext.Body located = dialect.open(frontMatter, markdownBody.length(), true)) {
            node = parse(parserWithSourceSpans, markdownBody).getFirstChild();
        }
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        while (node != null) {
            if (match.test(node)) {
                int[] position = position(node);
                return position == null ? null : position[0];
            }
            if (node.getNext() != null) {
                pending.push(node.getNext());
            }
            node = node.getFirstChild() != null ? node.getFirstChild() : pending.poll();
        }
        return null;
    }

    /** 1-based line and column of a node, or of its closest ancestor that has them; null if none does. */
    private static int[] position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new int[] {spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1};
            }
        }
        return null;
    }

    /** Builds the error for over-deep input, locating the first too-deep node (error path only). */
    private ContentException tooDeep(String markdownBody, Map<String, Object> frontMatter) throws ContentException {
        Integer line = null;
        Integer column = null;
        Node deep;
        try (DialectContext.Body located = dialect.open(frontMatter, markdownBody.length(), true)) {
            deep = BodyScan.firstTooDeep(parse(parserWithSourceSpans, markdownBody), MAX_NESTING);
        }
        for (Node n = deep; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                line = spans.get(0).getLineIndex() + 1;
                column = spans.get(0).getColumnIndex() + 1;
                break;
            }
        }
        return new ContentException(
                "Markdown is nested too deeply (more than " + MAX_NESTING
                        + " levels of block quotes, lists, emphasis or links)",
                line,
                column,
                "Remove the extra '>' quote markers, list indentation or emphasis markers;"
                        + " nesting that deep is refused to keep rendering safe.");
    }
}
