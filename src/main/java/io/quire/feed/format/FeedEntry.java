package io.quire.feed.format;

import java.time.Instant;
import java.util.List;

/**
 * One post in a feed.
 *
 * @param id stable, never-changing id ({@code urn:quire:post:<id>})
 * @param url the post's public page
 * @param summary the excerpt as plain text, or null
 * @param html the sanitised body, links made absolute
 * @param published publication instant
 * @param modified the post's own update instant, or null when it gives none
 * @param tags tag names as written
 * @param authors the front matter's {@code author} / {@code authors}, possibly empty
 */
public record FeedEntry(
        String id,
        String url,
        String title,
        String summary,
        String html,
        Instant published,
        Instant modified,
        List<String> tags,
        List<String> authors) {

    /** The last change: the update instant when the post gives one later than its date, else the date. */
    public Instant updated() {
        return modified != null && modified.isAfter(published) ? modified : published;
    }
}
