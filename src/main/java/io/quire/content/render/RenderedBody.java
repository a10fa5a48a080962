package io.quire.content.render;

import io.quire.content.ContentProblem;
import io.quire.shared.TocEntry;
import java.util.List;

/**
 * The result of rendering one Markdown body.
 *
 * @param html sanitised HTML of the body
 * @param toc h2 to h4 headings in document order, ids equal to the ids in {@code html}
 * @param plainText text content of the body for search and word counts: one block per line, no
 *     markup, code blocks included, HTML tags (and script/style contents) stripped, image alt text
 *     and footnote reference numbers left out
 * @param moreExcerpt trimmed plain text of the content before a {@code <!--more-->} marker line,
 *     or null when there is no marker
 * @param firstParagraph plain text of the first top-level paragraph that has text, or null
 * @param firstHeading plain text of the first level-1 heading, or null
 * @param wordCount words in {@code plainText} (see {@link WordCounter})
 * @param warnings what was rendered as well as it could be but should be fixed (an unclosed
 *     shortcode, for example); {@code path} is null and lines are relative to the body
 */
public record RenderedBody(
        String html,
        List<TocEntry> toc,
        String plainText,
        String moreExcerpt,
        String firstParagraph,
        String firstHeading,
        int wordCount,
        List<ContentProblem> warnings) {

    public RenderedBody {
        toc = List.copyOf(toc);
        warnings = List.copyOf(warnings);
    }
}
