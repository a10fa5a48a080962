package io.quire.feed.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
public final class JsonFeedWriter {

    public static final String MEDIA_TYPE = "application/feed+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedWriter() {}

    public static String write(Feed feed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "https://jsonfeed.org/version/1.1");
        put(root, "title", feed.title());
        put(root, "home_page_url", feed.homeUrl());
        put(root, "feed_url", feed.selfUrl());
        put(root, "description", feed.description());
        List<Map<String, Object>> items = new ArrayList<>(feed.entries().size());
        for (FeedEntry entry : feed.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            put(item, "id", entry.id());
            put(item, "url", entry.url());
            put(item, "title", entry.title());
            put(item, "content_html", entry.html());
            put(item, "summary", entry.summary());
            item.put("date_published", FeedDates.rfc3339(entry.published()));
            if (entry.modified() != null) {
                item.put("date_modified", FeedDates.rfc3339(entry.updated()));
            }
            if (!entry.authors().isEmpty()) {
                List<Map<String, String>> authors = new ArrayList<>();
                for (String author : entry.authors()) {
                    authors.add(Map.of("name", XmlChars.clean(author)));
                }
                item.put("authors", authors);
            }
            if (!entry.tags().isEmpty()) {
                item.put("tags", entry.tags().stream().map(XmlChars::clean).toList());
            }
            items.add(item);
        }
        root.put("items", items);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a string unless it is null, without the characters XML 1.0 refuses: unpaired surrogates
     * cannot be encoded as UTF-8 at all, and the controls are as unwelcome in HTML as in the XML feeds.
     */
    private static void put(Map<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, XmlChars.clean(value));
        }
    }
}
