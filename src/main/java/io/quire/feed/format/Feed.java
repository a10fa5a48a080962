package io.quire.feed.format;

import java.time.Instant;
import java.util.List;

/**
 * A feed, whatever its format: everything in it is final (absolute URLs, html with absolute links).
 *
 * @param description the site description, or null
 * @param homeUrl the site's home page
 * @param selfUrl where this feed is fetched from (also the Atom feed id)
 * @param entries newest first
 */
public record Feed(String title, String description, String homeUrl, String selfUrl, List<FeedEntry> entries) {

    /** The newest {@link FeedEntry#updated()} of the entries; null for an empty feed. */
    public Instant updated() {
        Instant newest = null;
        for (FeedEntry entry : entries) {
            if (newest == null || entry.updated().isAfter(newest)) {
                newest = entry.updated();
            }
        }
        return newest;
    }
}
