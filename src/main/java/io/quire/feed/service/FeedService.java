package io.quire.feed.service;

import io.quarkus.runtime.Startup;
import io.quire.config.QuireConfig;
import io.quire.feed.format.Feed;
import io.quire.feed.format.FeedEntry;
import io.quire.post.service.PostQuery;
import io.quire.post.service.TimelineQueries;
import io.quire.post.service.TimelineQueries.PostWithHtml;
import io.quire.post.view.PostSummary;
import io.quire.site.PublicUrls;
import io.quire.site.UrlEncoding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a {@link Feed} of the newest published posts matching a list query. */
@Startup
@ApplicationScoped
public class FeedService {

    private final TimelineQueries posts;
    private final QuireConfig config;

    public FeedService(TimelineQueries posts, QuireConfig config) {
        this.posts = posts;
        this.config = config;
        int size = config.feed().size();
        int max = config.api().maxPageSize();
        if (size < 1 || size > max) {
            throw new IllegalStateException(
                    "quire.feed.size must be between 1 and quire.api.max-page-size (" + max + "), was " + size);
        }
    }

    /** Posts in a feed when the request gives no {@code size}. */
    public int defaultSize() {
        return config.feed().size();
    }

    /**
     * The feed of the query's page of posts, newest first (the query's sort is not used).
     *
     * @param selfUrl the absolute URL this feed is served at
     */
    public Feed feed(PostQuery query, PublicUrls urls, String selfUrl) {
        List<PostWithHtml> found = posts.newestWithHtml(query);
        List<FeedEntry> entries = new ArrayList<>(found.size());
        for (PostWithHtml post : found) {
            PostSummary summary = post.summary();
            String publicId = String.valueOf(summary.id());
            String url = urls.post(publicId, summary.slug(), summary.lang());
            entries.add(new FeedEntry(
                    "urn:quire:post:" + UrlEncoding.encode(publicId),
                    url,
                    summary.title(),
                    summary.excerpt(),
                    post.html(),
                    post.published(),
                    post.updated(),
                    summary.tags(),
                    authors(summary.frontMatter())));
        }
        return new Feed(config.site().title(), config.site().description().orElse(null), urls.home(), selfUrl, entries);
    }

    /** The front matter's {@code author} and {@code authors}: strings, or lists of strings. */
    static List<String> authors(Map<String, Object> frontMatter) {
        List<String> names = new ArrayList<>();
        for (String key : List.of("author", "authors")) {
            Object value = frontMatter.get(key);
            if (value instanceof String name) {
                addName(names, name);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof String name) {
                        addName(names, name);
                    }
                }
            }
        }
        return names;
    }

    private static void addName(List<String> names, String name) {
        String trimmed = name.strip();
        if (!trimmed.isEmpty() && !names.contains(trimmed)) {
            names.add(trimmed);
        }
    }
}
