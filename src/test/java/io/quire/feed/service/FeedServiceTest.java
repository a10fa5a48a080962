package io.quire.feed.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quire.config.QuireConfig;
import io.quire.feed.format.Feed;
import io.quire.feed.format.FeedEntry;
import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.post.service.TimelineQueries;
import io.quire.post.view.PostSummary;
import io.quire.site.PublicUrls;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How posts become feed entries: ids, public URLs, absolute links in the html, dates and authors. */
class FeedServiceTest {

    private static final Instant DATE = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void postsBecomeEntriesWithStableIdsAndPublicUrls() {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("author", " Ana ");
        frontMatter.put("authors", List.of("Ben", "Ana", 7, ""));
        PostSummary summary = new PostSummary(
                "my id",
                "缓存",
                "Title",
                null,
                "2025-03-01",
                "1 min",
                List.of("C++"),
                false,
                null,
                1,
                10,
                "en",
                frontMatter);
        String html = "<p><a href=\"https://blog.example.com/p/x/#fn-1\">1</a></p>";
        TimelineQueries posts = new TimelineQueries(null, null, null, null) {
            @Override
            public List<PostWithHtml> newestWithHtml(PostQuery query) {
                return List.of(new PostWithHtml(summary, DATE, DATE.minusSeconds(5), html));
            }
        };
        FeedService service = new FeedService(posts, config(20, "My Site", Optional.of("About")));
        PublicUrls urls = new PublicUrls("https://blog.example.com", "{baseUrl}/p/{slug}/");

        Feed feed = service.feed(query(), urls, "https://blog.example.com/feed.xml");

        assertEquals("My Site", feed.title());
        assertEquals("About", feed.description());
        assertEquals("https://blog.example.com/", feed.homeUrl());
        FeedEntry entry = feed.entries().get(0);
        assertEquals("urn:quire:post:my%20id", entry.id());
        String page = "https://blog.example.com/p/%E7%BC%93%E5%AD%98/";
        assertEquals(page, entry.url());
        assertEquals(html, entry.html());
        assertNull(entry.summary());
        assertEquals(List.of("Ana", "Ben"), entry.authors());
        assertEquals(List.of("C++"), entry.tags());
        // An update before the date does not move the entry back in time.
        assertEquals(DATE, entry.updated());
        assertEquals(DATE, feed.updated());
    }

    @Test
    void theConfiguredFeedSizeMustBeAPageSizeClientsCouldAskFor() {
        assertEquals(20, new FeedService(null, config(20, "t", Optional.empty())).defaultSize());
        assertThrows(IllegalStateException.class, () -> new FeedService(null, config(0, "t", Optional.empty())));
        assertThrows(IllegalStateException.class, () -> new FeedService(null, config(101, "t", Optional.empty())));
    }

    private static PostQuery query() {
        return new PostQuery(
                1, 20, List.of(), List.of(), null, null, null, null, null, null, PostSort.DATE_DESC, null, false, null);
    }

    private static QuireConfig config(int feedSize, String title, Optional<String> description) {
        return stub(
                QuireConfig.class,
                Map.of(
                        "feed", stub(QuireConfig.Feed.class, Map.of("size", feedSize)),
                        "api", stub(QuireConfig.Api.class, Map.of("maxPageSize", 100, "defaultPageSize", 20)),
                        "site",
                                stub(
                                        QuireConfig.Site.class,
                                        Map.of(
                                                "title",
                                                title,
                                                "description",
                                                description,
                                                "baseUrl",
                                                Optional.empty()))));
    }

    /** A config interface answering from a map (methods not in it fail the test). */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (!values.containsKey(method.getName())) {
                throw new AssertionError("unexpected config call " + method.getName());
            }
            return values.get(method.getName());
        });
    }
}
