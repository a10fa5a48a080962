package io.quire.content.frontmatter;

import io.quire.content.ContentProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * What the front matter of one post says, read by {@link FrontMatterReader}.
 *
 * @param id {@code Long} or {@code String} from front matter {@code id}, or null
 * @param slug slugified front matter {@code slug}, or null when absent (or nothing slug-worthy)
 * @param title front matter {@code title}, or null
 * @param date {@code date} ({@code publishDate}, {@code published}, {@code pubDate}), or null
 * @param updated {@code updated} ({@code lastmod}, {@code lastModified}, {@code modified}), or null
 * @param expiryDate {@code expiryDate} ({@code expirydate}, {@code expires}), or null
 * @param excerpt {@code excerpt} ({@code description}, {@code summary}), or null
 * @param tags tag names as written (trimmed, empty and slug-duplicates dropped); never null
 * @param featured front matter {@code featured}
 * @param draft {@code draft: true} or {@code published: false}
 * @param aliases {@code aliases} as written; never null
 * @param readTime {@code readTime} as written, or null
 * @param authors the {@code author} (or else {@code authors}) value as written, or null; informational
 * @param extra every key not consumed as a canonical field, in file order, with JSON-ready values
 *     (String, Boolean, Long, BigInteger, Double, List, LinkedHashMap, null)
 * @param warnings problems that do not stop the import, in file order; {@code path} is null (the
 *     importer fills it)
 * @param expandedBytes the size of the front matter as JSON once aliases are expanded (estimated from
 *     above), which counts against the summary budget
 */
public record PostMetadata(
        Object id,
        String slug,
        String title,
        DateValue date,
        DateValue updated,
        DateValue expiryDate,
        String excerpt,
        List<String> tags,
        boolean featured,
        boolean draft,
        List<String> aliases,
        String readTime,
        Object authors,
        LinkedHashMap<String, Object> extra,
        List<ContentProblem> warnings,
        long expandedBytes) {

    public PostMetadata {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(extra, "extra");
        warnings = List.copyOf(warnings);
    }

    /** Metadata of a file without front matter. */
    static PostMetadata empty() {
        return new PostMetadata(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                false,
                false,
                List.of(),
                null,
                null,
                new LinkedHashMap<>(),
                List.of(),
                0);
    }
}
