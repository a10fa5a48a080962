package io.quire.search.service;

import io.quire.post.service.PostQuery;
import io.quire.search.analysis.LanguageGuess;
import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.index.IndexedPost;
import io.quire.search.index.IndexedPosts;
import io.quire.search.index.SearchIndex;
import io.quire.search.index.TagInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small corpus in several languages for the search tests, indexed without the database. */
final class SearchCorpus {

    private SearchCorpus() {}

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    static final Map<Long, TagInfo> TAGS = new LinkedHashMap<>();

    static {
        for (TagInfo tag : List.of(
                new TagInfo(1, "kubernetes", "Kubernetes"),
                new TagInfo(2, "java", "Java"),
                new TagInfo(3, "datenbank", "Datenbank"),
                new TagInfo(4, "缓存", "缓存"),
                new TagInfo(5, "検索", "検索"),
                new TagInfo(6, "culture", "culture"),
                new TagInfo(7, "c", "C++"),
                new TagInfo(8, "retro", "Retro"))) {
            TAGS.put(tag.id(), tag);
        }
    }

    static final List<IndexedPost> POSTS = List.of(
            post(
                    1,
                    "deploying-quarkus",
                    "Deploying Quarkus to Kubernetes",
                    "This guide shows how to deploy a Quarkus service to a Kubernetes cluster. The rollout is a"
                            + " rolling deployment, one pod at a time, so the service stays up.",
                    "2025-05-01T00:00:00Z",
                    true,
                    1,
                    2),
            post(
                    2,
                    "kubernates-pitfalls",
                    "Kubernates pitfalls",
                    "Common mistakes we made with pods and probes, and what they cost us in production.",
                    "2025-04-01T00:00:00Z",
                    false,
                    1),
            post(
                    3,
                    "datenbanken-ueberwachen",
                    "Überwachung von Datenbanken",
                    "Die Überwachung einer Datenbank beginnt mit den richtigen Metriken. Wer die Latenz der"
                            + " Abfragen kennt, findet Engpässe früher als seine Nutzer.",
                    "2025-03-01T00:00:00Z",
                    false,
                    3),
            post(4, "caching-strategies", "缓存策略", "本文介绍常见的缓存策略和缓存失效。缓存用内存换取延迟。", "2025-02-01T00:00:00Z", false, 4, 7),
            post(5, "full-text-search", "全文検索の仕組み", "全文検索エンジンは転置インデックスを使います。", "2025-01-01T00:00:00Z", false, 5),
            post(
                    6,
                    "blameless-postmortems",
                    "The Art of Blameless Postmortems",
                    "How to run a postmortem that looks for causes, not culprits: the art of blameless"
                            + " postmortems is learning. <script>alert('x')</script> is what an attacker writes.",
                    "2024-12-01T00:00:00Z",
                    false,
                    6),
            post(
                    7,
                    "future-kubernetes",
                    "Kubernetes in the future",
                    "Scheduled for later: kubernetes everywhere.",
                    "2025-07-01T00:00:00Z",
                    false,
                    1),
            expired(
                    8,
                    "old-kubernetes-notice",
                    "Kubernetes maintenance notice",
                    "The kubernetes cluster moves to new hardware.",
                    "2025-01-15T00:00:00Z",
                    "2025-02-01T00:00:00Z",
                    1),
            post(9, "undated-notes", "Undated notes on Java", "Notes without a date about java.", null, false, 2),
            post(10, "b-retro", "Looking back", "Sprint review.", "2024-01-01T00:00:00Z", false, 8),
            post(11, "a-retro", "Lessons", "Quarterly summary.", "2024-02-01T00:00:00Z", false, 8));

    /** A fresh index of the corpus. */
    static SearchIndex index() {
        return new SearchIndex(
                () -> 1L,
                (tags, posts) -> {
                    tags.accept(TAGS);
                    POSTS.forEach(posts);
                    return 1L;
                },
                new SearchAnalyzer(),
                16);
    }

    /** A first page of 20 published hits of the text, with these tags. */
    static PostQuery query(String q, String... tags) {
        return new PostQuery(1, 20, List.of(tags), List.of(), null, null, null, null, null, q, null, null, false, null);
    }

    static IndexedPost post(
            long id, String slug, String title, String body, String date, boolean featured, long... tagIds) {
        return expired(id, slug, title, body, date, null, featured, tagIds);
    }

    private static IndexedPost expired(
            long id, String slug, String title, String body, String date, String expires, long... tagIds) {
        return expired(id, slug, title, body, date, expires, false, tagIds);
    }

    private static IndexedPost expired(
            long id,
            String slug,
            String title,
            String body,
            String date,
            String expires,
            boolean featured,
            long... tagIds) {
        List<IndexedPost.Tag> tags = new ArrayList<>();
        for (long tagId : tagIds) {
            tags.add(new IndexedPost.Tag(tagId, TAGS.get(tagId).name()));
        }
        Instant published = date == null ? null : Instant.parse(date);
        return IndexedPosts.notDraft(
                id,
                slug,
                title,
                null,
                body,
                tags,
                published,
                null,
                expires == null ? null : Instant.parse(expires),
                featured,
                LanguageGuess.isEnglish(null, title + "\n" + body));
    }
}
