package io.quire.content.assemble;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.OutputBudget;
import io.quire.content.frontmatter.DateValue;
import io.quire.content.frontmatter.FileNames;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.LanguageRules;
import io.quire.content.frontmatter.PostLanguage;
import io.quire.content.frontmatter.PostMetadata;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.render.RenderedBody;
import io.quire.content.render.dialect.TemplateText;
import io.quire.content.scan.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3 (front matter) for one file, and later, once the file is planned, stages 5 (render) and 6
 * (assemble): reads the front matter, renders the body, and fills in what the author left out (title, excerpt, reading time) by the content format's rules.
 */
public final class PostAssembler {

    static final int EXCERPT_LENGTH = 200;
    static final int WORDS_PER_MINUTE = 200;

    private final FrontMatterReader frontMatterReader;
    private final MarkdownRenderer renderer;
    private final int maxSummaryBytes;

    public PostAssembler(FrontMatterReader frontMatterReader, MarkdownRenderer renderer) {
        this(frontMatterReader, renderer, OutputBudget.DEFAULT_MAX_FRONT_MATTER_BYTES);
    }

    /**
     * @param maxSummaryBytes the largest summary (front matter after alias expansion, plus a title or
     *     excerpt taken from the body), as JSON
     */
    public PostAssembler(FrontMatterReader frontMatterReader, MarkdownRenderer renderer, int maxSummaryBytes) {
        this.frontMatterReader = frontMatterReader;
        this.renderer = renderer;
        this.maxSummaryBytes = maxSummaryBytes;
    }

    /** Stage 3 (front matter): reads the front matter of a file split into front matter and body, and its language. */
    public DescribedPost describe(
            SourceFile source, SourceDocument document, String contentHash, LanguageRules languages)
            throws ContentException {
        String path = source.path();
        PostMetadata metadata = frontMatterReader.read(document);
        List<ContentProblem> warnings = new ArrayList<>();
        for (ContentProblem warning : metadata.warnings()) {
            warnings.add(new ContentProblem(
                    path, warning.line(), warning.column(), warning.severity(), warning.message(), warning.hint()));
        }
        PostLanguage language = languages.language(path, metadata.extra());
        if (language.invalidTag() != null) {
            warnings.add(new ContentProblem(
                    path,
                    LinkCheck.line(document, language.invalidTag()),
                    null,
                    Severity.WARNING,
                    "'" + language.invalidTag() + "' is not a language tag: the post's language is '" + language.lang()
                            + "'",
                    "write a language tag such as en, de, pt-BR or zh-Hant",
                    "lang-invalid"));
        }
        return new DescribedPost(
                source, contentHash, metadata, FileNames.fromPath(path), List.copyOf(warnings), language);
    }

    /**
     * Stages 5 (render) and 6 (assemble): renders the body and fills in what the author left out. The
     * post's warnings are only those found here; the front matter's stay on {@code described}.
     *
     * @param document the file as {@code described} read it
     */
    public ImportedPost assemble(DescribedPost described, SourceDocument document) throws ContentException {
        String path = described.path();
        PostMetadata metadata = described.metadata();
        Map<String, Object> params = templateParams(metadata);
        RenderedBody body = render(document, params);
        List<ContentProblem> warnings = new ArrayList<>();
        for (ContentProblem w : body.warnings()) {
            Integer line = w.line() == null ? null : w.line() + document.bodyFirstLine() - 1;
            warnings.add(new ContentProblem(path, line, w.column(), w.severity(), w.message(), w.hint(), w.code()));
        }

        String title = TemplateText.strip(metadata.title(), params);
        if (title == null || title.isBlank()) {
            title = body.firstHeading() != null ? body.firstHeading() : fileStem(path);
            if (document.yaml() == null) {
                warnings.add(new ContentProblem(
                        path,
                        1,
                        1,
                        Severity.WARNING,
                        "no front matter: the title '" + title + "' was taken from the "
                                + (body.firstHeading() != null ? "first heading" : "file name"),
                        "start the file with a '---' line, 'title: ...', and another '---' line"));
            }
        }
        DateValue date = described.date();
        String excerpt = TemplateText.strip(metadata.excerpt(), params);
        if (excerpt == null) {
            excerpt = body.moreExcerpt() != null ? body.moreExcerpt() : cut(body.firstParagraph(), EXCERPT_LENGTH);
        }
        checkSummary(described, document, body, title, excerpt, params);
        int readingMinutes = Math.max(1, (body.wordCount() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        String readTime = metadata.readTime() != null ? metadata.readTime() : readingMinutes + " min";

        return new ImportedPost(
                path,
                described.contentHash(),
                metadata.id(),
                described.slug(),
                described.slugExplicit(),
                title.strip(),
                excerpt,
                date,
                metadata.updated(),
                metadata.expiryDate(),
                metadata.featured(),
                metadata.draft() || described.inDraftsFolder(),
                readTime,
                readingMinutes,
                body.wordCount(),
                metadata.tags(),
                metadata.aliases(),
                withoutLang(metadata.extra()),
                body.html(),
                body.toc(),
                document.body(),
                body.plainText(),
                List.copyOf(warnings),
                described.language(),
                List.of());
    }

    /**
     * The front matter returned with the post: {@code lang} is the post's {@code lang} field (its
     * language, normalised), so it is not repeated; {@code language} and {@code locale} are kept as
     * written, like other alternative names.
     */
    private static Map<String, Object> withoutLang(Map<String, Object> extra) {
        if (!extra.containsKey("lang")) {
            return extra;
        }
        Map<String, Object> copy = new LinkedHashMap<>(extra);
        copy.remove("lang");
        return copy;
    }

    /**
     * Every list page repeats each post's summary, so a title or excerpt taken from the body counts
     * against the same budget as the front matter: a {@code <!--more-->} placed after the whole body,
     * or a first heading of a megabyte, must not make every page that lists the post huge.
     */
    private void checkSummary(
            DescribedPost described,
            SourceDocument document,
            RenderedBody body,
            String title,
            String excerpt,
            Map<String, Object> params)
            throws ContentException {
        PostMetadata metadata = described.metadata();
        boolean titleFromHeading =
                (metadata.title() == null || metadata.title().isBlank()) && title.equals(body.firstHeading());
        boolean excerptFromMore = metadata.excerpt() == null && excerpt != null && excerpt.equals(body.moreExcerpt());
        // The title and excerpt as served (taken from the body, or the front matter's with their
        // templates filled in), on top of the front matter: an estimate from above.
        long bytes = metadata.expandedBytes()
                + OutputBudget.utf8Length(title)
                + 2
                + (excerpt == null ? 0 : OutputBudget.utf8Length(excerpt) + 2);
        if (bytes <= maxSummaryBytes) {
            return;
        }
        if (excerptFromMore) {
            Integer line = renderer.moreMarkerLine(document.body(), params);
            throw new ContentException(
                    "the text before <!--more--> makes the post's summary larger than " + maxSummaryBytes
                            + " bytes; every post list would repeat it",
                    line == null ? null : line + document.bodyFirstLine() - 1,
                    1,
                    "move <!--more--> closer to the start, or write a short excerpt: in the front matter");
        }
        if (titleFromHeading) {
            Integer line = renderer.firstHeadingLine(document.body(), params);
            throw new ContentException(
                    "the title taken from the first heading makes the post's summary larger than " + maxSummaryBytes
                            + " bytes; every post list would repeat it",
                    line == null ? null : line + document.bodyFirstLine() - 1,
                    1,
                    "write a short title: in the front matter");
        }
        throw new ContentException(
                "the title and excerpt, with their templates filled in, make the post's summary larger than "
                        + maxSummaryBytes + " bytes; every post list would repeat it",
                document.yamlFirstLine() == 0 ? null : document.yamlFirstLine(),
                1,
                "use fewer or shorter {{ page.x }} / {{< param >}} values in the title and excerpt");
    }

    /**
     * The front matter as the templates in a body see it (Hugo's {@code param}, Liquid's {@code
     * page.x}): every key, the consumed ones ({@code title}, {@code tags}, ...) included.
     */
    static Map<String, Object> templateParams(PostMetadata metadata) {
        Map<String, Object> params = new LinkedHashMap<>(metadata.extra());
        putIfPresent(params, "id", metadata.id());
        putIfPresent(params, "title", metadata.title());
        putIfPresent(params, "slug", metadata.slug());
        putIfPresent(params, "excerpt", metadata.excerpt());
        putIfPresent(params, "readTime", metadata.readTime());
        putIfPresent(
                params, "date", metadata.date() == null ? null : metadata.date().text());
        if (!metadata.tags().isEmpty()) {
            params.putIfAbsent("tags", metadata.tags());
        }
        return params;
    }

    private static void putIfPresent(Map<String, Object> params, String key, Object value) {
        if (value != null) {
            params.putIfAbsent(key, value);
        }
    }

    /** Renders the body, moving the position of a rendering error from body lines to file lines. */
    private RenderedBody render(SourceDocument document, Map<String, Object> params) throws ContentException {
        try {
            return renderer.render(document.body(), params);
        } catch (ContentException e) {
            Integer line = e.line() == null ? null : e.line() + document.bodyFirstLine() - 1;
            throw new ContentException(e.getMessage(), line, e.column(), e.hint());
        }
    }

    /** Cuts plain text at a word boundary at or before {@code max} characters, marking the cut with "…". */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String normalized = text.strip().replaceAll("\\s+", " ");
        if (normalized.length() <= max) {
            return normalized;
        }
        int end = normalized.lastIndexOf(' ', max);
        if (end < max / 2) {
            end = Character.isHighSurrogate(normalized.charAt(max - 1)) ? max - 1 : max;
        }
        return normalized.substring(0, end).stripTrailing() + "…";
    }

    /** The file name without its extension; for a Hugo bundle ({@code my-post/index.md}), the folder's name. */
    private static String fileStem(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        if (name.startsWith("index.") && parts.length > 1) {
            return parts[parts.length - 2];
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
