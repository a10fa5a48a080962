package io.quire.post.view;

import java.util.List;
import java.util.Map;

/**
 * A post in a list, as the services read it: the fields Quire computes and the post's other front
 * matter keys. No body. The API shows it as {@code io.quire.post.api.PostSummaryResponse}.
 *
 * @param id the public id as JSON gives it ({@link PostIds#json})
 * @param excerpt null when the body has no text to take it from
 * @param date the publication date as written, or null
 * @param updated the last update as written, or null
 * @param frontMatter the other front matter keys, in file order, with their JSON types
 */
public record PostSummary(
        Object id,
        String slug,
        String title,
        String excerpt,
        String date,
        String readTime,
        List<String> tags,
        boolean featured,
        String updated,
        int readingMinutes,
        int wordCount,
        String lang,
        Map<String, Object> frontMatter) {}
