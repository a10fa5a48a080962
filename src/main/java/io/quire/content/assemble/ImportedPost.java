package io.quire.content.assemble;

import io.quire.content.ContentProblem;
import io.quire.content.frontmatter.DateValue;
import io.quire.content.frontmatter.PostLanguage;
import io.quire.shared.TocEntry;
import java.util.List;
import java.util.Map;

/**
 * A content file turned into everything a post needs to be stored and served; only its public id
 * and final slug are left for the planner, which sees all files at once.
 *
 * @param explicitId the front matter {@code id} (Long or String), or null
 * @param slug the front matter slug, else the one derived from the file name; may be empty
 * @param frontMatter the front matter keys returned verbatim, in file order
 * @param warnings what rendering and filling in found (the front matter's are on the {@link
 *     DescribedPost})
 * @param language its language and translation key
 * @param links what the post's links may resolve to: content paths, and {@code stem:} names (see
 *     {@link LinkCheck})
 */
public record ImportedPost(
        String path,
        String contentHash,
        Object explicitId,
        String slug,
        boolean slugExplicit,
        String title,
        String excerpt,
        DateValue date,
        DateValue updated,
        DateValue expiryDate,
        boolean featured,
        boolean draft,
        String readTime,
        int readingMinutes,
        int wordCount,
        List<String> tags,
        List<String> aliases,
        Map<String, Object> frontMatter,
        String html,
        List<TocEntry> toc,
        String markdown,
        String plainText,
        List<ContentProblem> warnings,
        PostLanguage language,
        List<String> links) {

    /** This post with what its links depend on, and the warnings about them added. */
    public ImportedPost withLinks(List<String> links, List<ContentProblem> warnings) {
        return new ImportedPost(
                path,
                contentHash,
                explicitId,
                slug,
                slugExplicit,
                title,
                excerpt,
                date,
                updated,
                expiryDate,
                featured,
                draft,
                readTime,
                readingMinutes,
                wordCount,
                tags,
                aliases,
                frontMatter,
                html,
                toc,
                markdown,
                plainText,
                warnings,
                language,
                links);
    }
}
