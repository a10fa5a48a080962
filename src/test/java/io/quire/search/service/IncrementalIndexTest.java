package io.quire.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.IndexFiles;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.IndexSource;
import io.quire.search.index.IndexedPost;
import io.quire.search.index.SearchIndex;
import io.quire.search.index.TagInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index derived from the previous content version's (only the changed posts indexed again)
 * answers every search exactly as a full build of the same posts: the database is an index of the
 * files, whatever the history of imports.
 */
class IncrementalIndexTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private static final String[] WORDS = {
        "deploy",
        "deploying",
        "deployment",
        "kubernetes",
        "cluster",
        "rollout",
        "database",
        "latency",
        "caching",
        "postmortem",
        "blameless",
        "quarkus",
        "service",
        "monitoring",
        "metrics",
        "tracing",
        "logging",
        "release",
        "pipeline",
        "testing",
        "schema",
        "migration",
        "index",
        "search",
        "query",
        "haus",
        "häuser",
        "garten",
        "überwachung",
        "datenbank"
    };

    private static final Map<Long, TagInfo> TAGS = new LinkedHashMap<>();

    static {
        for (int i = 1; i <= 6; i++) {
            TAGS.put((long) i, new TagInfo(i, "tag" + i, "Tag " + i));
        }
    }

    @TempDir
    Path updatedRoot;

    @TempDir
    Path fullRoot;

    @Test
    void anIndexUpdatedFromThePreviousVersionAnswersAsAFullBuild() throws Exception {
        List<IndexedPost> a = new ArrayList<>();
        Random random = new Random(42);
        for (long id = 1; id <= 60; id++) {
            a.add(post(id, random, id % 9 == 0, id % 7 == 0 ? "de" : "en"));
        }
        List<IndexedPost> b = new ArrayList<>(a);
        Random edits = new Random(7);
        for (int i : new int[] {2, 11, 17, 23, 31, 44, 50, 58}) {
            b.set(i, post(b.get(i).id(), edits, b.get(i).draft(), b.get(i).lang())); // edited
        }
        b.set(5, withDraft(b.get(5), true)); // turns draft
        b.set(8, withDraft(b.get(8), false)); // a draft published
        b.set(12, withLanguage(b.get(12), "de")); // same text, now German
        b.set(20, withTags(b.get(20), List.of(new IndexedPost.Tag(6, "Tag 6"))));
        List<IndexedPost> deleted = List.of(b.get(3), b.get(30), b.get(40), b.get(41), b.get(59));
        b.removeAll(deleted); // the last one too
        for (long id = 61; id <= 66; id++) {
            b.add(post(id, edits, id == 66, "en")); // added
        }

        assertSameAnswers(a, b);
    }

    /**
     * One post edited of many: too few deletions for Lucene to merge on its own, so the deleted
     * document would still count in the term statistics unless the update merges it away.
     */
    @Test
    void oneEditedPostScoresAsInAFullBuild() throws Exception {
        List<IndexedPost> a = new ArrayList<>();
        Random random = new Random(3);
        for (long id = 1; id <= 80; id++) {
            a.add(post(id, random, false, "en"));
        }
        List<IndexedPost> b = new ArrayList<>(a);
        b.set(10, post(11, new Random(99), false, "en"));
        assertSameAnswers(a, b);
    }

    /** Indexes {@code a}, then derives the index of {@code b} from it, and compares it with a full build of {@code b}. */
    private void assertSameAnswers(List<IndexedPost> a, List<IndexedPost> b) throws Exception {
        Source source = new Source(a, 1);
        SearchIndex updated = index(updatedRoot, source);
        assertEquals(IndexSnapshot.Origin.BUILT, updated.snapshot().origin());
        source.posts = b;
        source.version = 2;
        IndexSnapshot derived = updated.refresh().get();
        assertEquals(IndexSnapshot.Origin.UPDATED, derived.origin());
        List<String> folders = folders(updatedRoot);
        assertEquals(1, folders.size(), "the previous version's folder is deleted: " + folders);
        assertTrue(folders.get(0).endsWith("-abc-v2"), folders.toString());

        IndexSnapshot full = index(fullRoot, new Source(b, 2)).snapshot();
        assertEquals(IndexSnapshot.Origin.BUILT, full.origin());
        assertEquals(full.posts().size(), derived.posts().size());
        assertEquals(full.stemLanguages(), derived.stemLanguages());

        PostSearcher searcher = new PostSearcher(updated);
        HitHighlighter highlighter = new HitHighlighter(updated);
        RelatedPosts relatedPosts = new RelatedPosts(updated);
        Map<Long, HitHighlighter.HitTexts> texts = new LinkedHashMap<>();
        b.forEach(post -> texts.put(post.id(), new HitHighlighter.HitTexts(post.title(), post.excerpt(), post.body())));
        int compared = 0;
        for (String text : List.of(
                "deploy",
                "deployed",
                "kubernetes cluster",
                "\"blameless postmortem\"",
                "deplo*",
                "latncy",
                "haus",
                "häuser garten",
                "überwachung | datenbank",
                "query -index",
                "metrics tracing logging")) {
            for (boolean preview : new boolean[] {false, true}) {
                for (PostSort sort : new PostSort[] {null, PostSort.TITLE_ASC}) {
                    for (List<String> tags : List.of(List.<String>of(), List.of("tag2"))) {
                        PostQuery query = new PostQuery(
                                1, 10, tags, List.of(), null, null, null, null, null, text, sort, null, preview, null);
                        SearchResult fromUpdate = searcher.search(query, NOW, derived, null);
                        SearchResult fromFull = searcher.search(query, NOW, full, null);
                        String what = text + " preview=" + preview + " sort=" + sort + " tags=" + tags;
                        assertEquals(answer(fromFull), answer(fromUpdate), what);
                        assertEquals(fromFull.totalHits(), fromUpdate.totalHits(), what);
                        assertEquals(fromFull.tags(), fromUpdate.tags(), what);
                        assertEquals(
                                highlighter.highlight(fromFull, texts), highlighter.highlight(fromUpdate, texts), what);
                        compared += fromFull.hits().size();
                    }
                }
            }
        }
        assertTrue(compared > 50, "the queries find posts: " + compared);
        for (IndexedPost post : b.subList(0, 10)) {
            List<String> tagNames =
                    post.tags().stream().map(IndexedPost.Tag::name).toList();
            assertEquals(
                    relatedPosts.related(full, post.id(), post.title(), tagNames, post.body(), NOW, 5),
                    relatedPosts.related(derived, post.id(), post.title(), tagNames, post.body(), NOW, 5),
                    "related to " + post.slug());
        }
    }

    /** Each hit's post and score, in order. */
    private static List<String> answer(SearchResult result) {
        return result.hits().stream()
                .map(hit -> hit.postId() + ":" + hit.score() + ":" + hit.stemming())
                .toList();
    }

    private static SearchIndex index(Path root, IndexSource source) {
        return new SearchIndex(
                () -> ((Source) source).version,
                source,
                new SearchAnalyzer(),
                16,
                Duration.ZERO,
                Duration.ofMinutes(5),
                new IndexFiles(root));
    }

    private static List<String> folders(Path root) throws java.io.IOException {
        try (var children = java.nio.file.Files.list(root)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static final class Source implements IndexSource {
        volatile List<IndexedPost> posts;
        volatile long version;

        Source(List<IndexedPost> posts, long version) {
            this.posts = posts;
            this.version = version;
        }

        @Override
        public long read(Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> each) {
            tags.accept(TAGS);
            posts.stream()
                    .sorted(java.util.Comparator.comparingLong(IndexedPost::id))
                    .forEach(each);
            return version;
        }

        @Override
        public long databaseId() {
            return 0xabc;
        }
    }

    private static IndexedPost post(long id, Random random, boolean draft, String lang) {
        String title = sentence(random, 3);
        StringBuilder body = new StringBuilder();
        for (int line = 0; line < 4; line++) {
            body.append(sentence(random, 12)).append('\n');
        }
        List<IndexedPost.Tag> tags = new ArrayList<>();
        for (long tag = 1; tag <= 6; tag++) {
            if (random.nextInt(3) == 0) {
                tags.add(new IndexedPost.Tag(tag, "Tag " + tag));
            }
        }
        return new IndexedPost(
                id,
                "post-" + id,
                title,
                random.nextBoolean() ? sentence(random, 8) : null,
                body.toString(),
                tags,
                Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofDays(id)),
                null,
                null,
                id % 5 == 0,
                draft,
                StemLanguage.of(lang),
                lang);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static IndexedPost withDraft(IndexedPost post, boolean draft) {
        return new IndexedPost(
                post.id(),
                post.slug(),
                post.title(),
                post.excerpt(),
                post.body(),
                post.tags(),
                post.publishedAt(),
                post.updatedAt(),
                post.expiresAt(),
                post.featured(),
                draft,
                post.stemming(),
                post.lang());
    }

    private static IndexedPost withLanguage(IndexedPost post, String lang) {
        return new IndexedPost(
                post.id(),
                post.slug(),
                post.title(),
                post.excerpt(),
                post.body(),
                post.tags(),
                post.publishedAt(),
                post.updatedAt(),
                post.expiresAt(),
                post.featured(),
                post.draft(),
                StemLanguage.of(lang),
                lang);
    }

    private static IndexedPost withTags(IndexedPost post, List<IndexedPost.Tag> tags) {
        return new IndexedPost(
                post.id(),
                post.slug(),
                post.title(),
                post.excerpt(),
                post.body(),
                tags,
                post.publishedAt(),
                post.updatedAt(),
                post.expiresAt(),
                post.featured(),
                post.draft(),
                post.stemming(),
                post.lang());
    }
}
