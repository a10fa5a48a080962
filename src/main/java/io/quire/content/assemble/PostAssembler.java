package io.quire.content.assemble;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.OutputBudget;
import io.quire.content.frontmatter.DateValue;
import io.quire.content.frontmatter.FileNames;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.PostMetadata;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.render.RenderedBody;
import io.quire.content.scan.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages 3 and 4 for one file, then the derived values: reads the front matter, renders the body,
 * and fills in what the author left out (title, excerpt, reading time) by the content format's rules.
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

    /** Stage 3: reads the front matter of a file split into front matter and body. */
    public DescribedPost describe(SourceFile source, SourceDocument document, String contentHash)
            throws ContentException {
        String path = source.path();
        PostMetadata metadata = frontMatterReader.read(document);
        List<ContentProblem> warnings = new ArrayList<>();
        for (ContentProblem warning : metadata.warnings()) {
            warnings.add(new ContentProblem(
                    path, warning.line(), warning.column(), warning.severity(), warning.message(), warning.hint()));
        }
        return new DescribedPost(source, contentHash, metadata, FileNames.fromPath(path), List.copyOf(warnings));
    }

    /**
     * Stage 4 and the derived values: renders the body and fills in what the author left out. The
     * post's warnings are only those found here; the front matter's stay on {@code described}.
     *
     * @param document the file as {@code described} read it
     */
    public ImportedPost assemble(DescribedPost described, SourceDocument document) throws ContentException {
        String path = described.path();
        PostMetadata metadata = described.metadata();
        RenderedBody body = render(document);
        List<ContentProblem> warnings = new ArrayList<>();

        String title = metadata.title();
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
        DateValue date =
                metadata.date() != null ? metadata.date() : described.fileName().date();
        String excerpt = metadata.excerpt();
        if (excerpt == null) {
            excerpt = body.moreExcerpt() != null ? body.moreExcerpt() : cut(body.firstParagraph(), EXCERPT_LENGTH);
        }
        checkSummary(described, document, body, title, excerpt);
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
                metadata.extra(),
                body.html(),
                body.toc(),
                document.body(),
                body.plainText(),
                List.copyOf(warnings));
    }

    /**
     * Every list page repeats each post's summary, so a title or excerpt taken from the body counts
     * against the same budget as the front matter: a {@code <!--more-->} placed after the whole body,
     * or a first heading of a megabyte, must not make every page that lists the post huge.
     */
    private void checkSummary(
            DescribedPost described, SourceDocument document, RenderedBody body, String title, String excerpt)
            throws ContentException {
        PostMetadata metadata = described.metadata();
        long bytes = metadata.expandedBytes();
        boolean titleFromHeading =
                (metadata.title() == null || metadata.title().isBlank()) && title.equals(body.firstHeading());
        boolean excerptFromMore = metadata.excerpt() == null && excerpt != null && excerpt.equals(body.moreExcerpt());
        if (titleFromHeading) {
            bytes += OutputBudget.utf8Length(title) + 2;
        }
        if (excerptFromMore) {
            bytes += OutputBudget.utf8Length(excerpt) + 2;
        }
        if (bytes <= maxSummaryBytes) {
            return;
        }
        if (excerptFromMore) {
            Integer line = renderer.moreMarkerLine(document.body());
            throw new ContentException(
                    "the text before <!--more--> makes the post's summary larger than " + maxSummaryBytes
                            + " bytes; every post list would repeat it",
                    line == null ? null : line + document.bodyFirstLine() - 1,
                    1,
                    "move <!--more--> closer to the start, or write a short excerpt: in the front matter");
        }
        Integer line = titleFromHeading ? renderer.firstHeadingLine(document.body()) : null;
        throw new ContentException(
                "the title taken from the first heading makes the post's summary larger than " + maxSummaryBytes
                        + " bytes; every post list would repeat it",
                line == null ? null : line + document.bodyFirstLine() - 1,
                1,
                "write a short title: in the front matter");
    }

    /** Renders the body, moving the position of a rendering error from body lines to file lines. */
    private RenderedBody render(SourceDocument document) throws ContentException {
        try {
            return renderer.render(document.body());
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
