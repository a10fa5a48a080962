package io.quire.search.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.search.analysis.LanguageGuess;
import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.index.IndexedPost;
import io.quire.search.index.SearchIndex;
import io.quire.search.index.TagInfo;
import io.quire.tag.domain.TagCount;
import io.quire.web.InvalidParametersException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search engine over a small corpus in several languages, without the database. */
class PostSearcherTest {

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

    private final SearchIndex index = new SearchIndex(
            () -> 1L,
            (tags, posts) -> {
                tags.accept(TAGS);
                POSTS.forEach(posts);
                return 1L;
            },
            new SearchAnalyzer(),
            16);
    private final PostSearcher searcher = new PostSearcher(index);

    @Test
    void exactMatchesRankAboveTypoMatches() {
        // Post 2 only has "Kubernates" (one letter off), but in its title; post 1 has the word as typed.
        assertEquals(List.of("deploying-quarkus", "kubernates-pitfalls"), slugs(search("kubernetes")));
    }

    /**
     * From an index older than the database, hits the database no longer shows are left out before
     * counting; that the words as written matched still means no typos are tried.
     */
    @Test
    void aStaleIndexLeavesOutHiddenHitsWithoutWideningToTypos() {
        // "kubernates" is only in post 2's title; with typos it would also find post 1's "kubernetes".
        SearchResult stale = searcher.search(query("kubernates"), NOW, index.snapshot(), ids -> java.util.Set.of(1L));
        assertEquals(List.of(), slugs(stale));
        assertEquals(0, stale.totalHits());
        assertEquals(List.of(), stale.tags());
        SearchResult current = searcher.search(query("kubernates"), NOW, index.snapshot(), ids -> java.util.Set.of(2L));
        assertEquals(List.of("kubernates-pitfalls"), slugs(current));
        assertEquals(1, current.totalHits());
    }

    @Test
    void typosAreToleratedByWordLength() {
        assertEquals(List.of("deploying-quarkus"), slugs(search("quarkos"))); // 7 letters, 1 edit
        assertEquals(List.of("deploying-quarkus"), slugs(search("deploymnet"))); // 10 letters, 2 edits (a swap is 1)
        // 10 letters, 2 edits allowed: one from "kubernetes", two from "kubernates".
        assertEquals(List.of("deploying-quarkus", "kubernates-pitfalls"), slugs(search("kuberneets")));
        assertEquals(List.of(), slugs(search("quakros"))); // 7 letters, 2 edits: too far
        assertEquals(List.of("kubernates-pitfalls"), slugs(search("probez"))); // 6 letters, 1 edit
        assertEquals(List.of(), slugs(search("podz"))); // 4 letters: no typo tolerance
    }

    @Test
    void anExplicitEditDistanceIsHonoured() {
        assertEquals(List.of(), slugs(search("quakros~1")));
        assertEquals(List.of("deploying-quarkus"), slugs(search("quakros~2")));
        // Distance 0 is the plain word ("pods" in the second post stems to "pod").
        assertEquals(List.of("deploying-quarkus", "kubernates-pitfalls"), slugs(search("pod~0")));
    }

    @Test
    void prefixesMatchWordBeginnings() {
        assertEquals(List.of("deploying-quarkus"), slugs(search("deploy*")));
        assertEquals(List.of("kubernates-pitfalls"), slugs(search("pitf*")));
        assertEquals(List.of(), slugs(search("d*")), "a one-letter prefix is ignored rather than matching everything");
    }

    @Test
    void englishPostsAlsoMatchByStem() {
        // "rolled" is three edits from "rolling"; both stem to "roll".
        assertEquals(List.of("deploying-quarkus"), slugs(search("rolled")));
    }

    @Test
    void nonEnglishPostsGetNoStemmedFields() throws IOException {
        assertFalse(LanguageGuess.isEnglish(
                null, POSTS.get(2).title() + "\n" + POSTS.get(2).body()));
        int stemmedGermanDocs = index.snapshot().searcher().count(new TermQuery(new Term("body_en", "uberwachung")));
        assertEquals(0, stemmedGermanDocs);
    }

    @Test
    void phrasesNeedTheWordsInOrder() {
        assertEquals(List.of("blameless-postmortems"), slugs(search("\"blameless postmortems\"")));
        assertEquals(List.of(), slugs(search("\"postmortems blameless\"")));
        // Stop words inside a phrase are skipped the same way at index and query time.
        assertEquals(List.of("blameless-postmortems"), slugs(search("\"the art of blameless\"")));
    }

    @Test
    void everyWordMustMatchUnlessOrIsAsked() {
        assertEquals(List.of("deploying-quarkus"), slugs(search("kubernetes quarkus")));
        assertEquals(
                List.of("blameless-postmortems", "deploying-quarkus"), sorted(slugs(search("quarkus | postmortems"))));
        assertEquals(List.of("kubernates-pitfalls"), slugs(search("kubernetes -quarkus")));
    }

    @Test
    void germanWordsAreFoundWithOrWithoutUmlauts() {
        assertEquals(List.of("datenbanken-ueberwachen"), slugs(search("Überwachung")));
        assertEquals(List.of("datenbanken-ueberwachen"), slugs(search("uberwachung")));
        assertEquals(List.of("datenbanken-ueberwachen"), slugs(search("Datenbank")));
        assertEquals(List.of("datenbanken-ueberwachen"), slugs(search("engpasse")));
    }

    @Test
    void chineseWordsAreFoundInsideUnspacedText() {
        assertEquals(List.of("caching-strategies"), slugs(search("缓存")));
        assertEquals(List.of("caching-strategies"), slugs(search("失效")));
        assertEquals(List.of("caching-strategies"), slugs(search("缓存策略")));
        assertEquals(List.of(), slugs(search("策缓")));
    }

    @Test
    void japaneseWordsAreFoundInsideUnspacedText() {
        assertEquals(List.of("full-text-search"), slugs(search("検索")));
        assertEquals(List.of("full-text-search"), slugs(search("インデックス")));
        assertEquals(List.of("full-text-search"), slugs(search("全文検索")));
    }

    @Test
    void visibilityFollowsTheClock() {
        assertEquals(List.of("deploying-quarkus", "kubernates-pitfalls"), slugs(search("kubernetes")));
        PostQuery query = query("kubernetes");
        // After its date, the scheduled post appears; before its expiry, the notice was there.
        assertTrue(slugs(searcher.search(query, Instant.parse("2025-07-02T00:00:00Z")))
                .contains("future-kubernetes"));
        assertTrue(slugs(searcher.search(query, Instant.parse("2025-01-20T00:00:00Z")))
                .contains("old-kubernetes-notice"));
        assertFalse(slugs(searcher.search(query, Instant.parse("2025-02-01T00:00:00Z")))
                .contains("old-kubernetes-notice"));
        // An undated post is always visible.
        assertEquals(List.of("undated-notes"), slugs(search("notes")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "the of and", "!!!", "?", "*", "-", "+", "|", "~", "\"\"", "()", "\\", "-the"})
    void stopWordsAndPunctuationMatchNothing(String q) {
        assertEquals(0, search(q).totalHits());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unclosed phrase",
                "(((kubernetes",
                "kubernetes)))",
                "a + + b",
                "||kubernetes||",
                "kubernetes~99999999999",
                "kubernetes~-1",
                "\"kubernetes quarkus\"~99999999999",
                "kube\\",
                "*kubernetes",
                "kub*ernetes*",
                "-(kubernetes",
                "\u0000",
                "😀 kubernetes",
                "'; DROP TABLE post; --",
                "<script>alert(1)</script>"
            })
    void malformedSyntaxIsNeverAnError(String q) {
        assertDoesNotThrow(() -> search(q));
    }

    @Test
    void aHugeTokenIsNotAnError() {
        assertEquals(0, search("x".repeat(500)).totalHits());
        assertEquals(0, search("kubernetes".repeat(50)).totalHits());
        assertEquals(2, search("(".repeat(250) + "kubernetes" + ")".repeat(250)).totalHits());
    }

    @Test
    void aVeryLongQueryFallsBackToExactWordsOrIsA400() {
        // 80 long words with typo tolerance are too many clauses; as written they fit.
        String words = IntStream.range(0, 80).mapToObj(i -> "kubernetes").collect(Collectors.joining(" | "));
        assertEquals(2, search(words).totalHits());
        // 400 different Chinese characters: 399 different bigrams that must all match, in each field.
        String tooMany = IntStream.range(0, 400)
                .mapToObj(i -> Character.toString(0x4E00 + i))
                .collect(Collectors.joining());
        InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> search(tooMany));
        assertEquals("q", e.errors().get(0).field());
    }

    @Test
    void filtersWorkAsOnPostLists() {
        assertEquals(List.of("deploying-quarkus"), slugs(searcher.search(query("kubernetes", "java"), NOW)));
        assertEquals(List.of("deploying-quarkus"), slugs(searcher.search(query("kubernetes", "Java"), NOW)));
        assertEquals(List.of(), slugs(searcher.search(query("kubernetes", "no-such-tag"), NOW)));
        PostQuery excluding = new PostQuery(
                1, 20, List.of(), List.of("java"), null, null, null, null, null, "kubernetes", null, null, false);
        assertEquals(List.of("kubernates-pitfalls"), slugs(searcher.search(excluding, NOW)));
        PostQuery featured = new PostQuery(
                1, 20, List.of(), List.of(), true, null, null, null, null, "kubernetes", null, null, false);
        assertEquals(List.of("deploying-quarkus"), slugs(searcher.search(featured, NOW)));
        PostQuery april =
                new PostQuery(1, 20, List.of(), List.of(), null, 2025, 4, null, null, "kubernetes", null, null, false);
        assertEquals(List.of("kubernates-pitfalls"), slugs(searcher.search(april, NOW)));
        PostQuery range = new PostQuery(
                1,
                20,
                List.of(),
                List.of(),
                null,
                null,
                null,
                LocalDate.parse("2025-04-02"),
                LocalDate.parse("2025-05-01"),
                "kubernetes",
                null,
                null,
                false);
        assertEquals(List.of("deploying-quarkus"), slugs(searcher.search(range, NOW)));
        PostQuery undatedLeftOut = new PostQuery(
                1,
                20,
                List.of(),
                List.of(),
                null,
                null,
                null,
                LocalDate.parse("2000-01-01"),
                null,
                "notes",
                null,
                null,
                false);
        assertEquals(List.of(), slugs(searcher.search(undatedLeftOut, NOW)));
    }

    @Test
    void pagesFacetsAndTotalsCoverTheWholeResult() {
        PostQuery second = new PostQuery(
                2, 1, List.of(), List.of(), null, null, null, null, null, "kubernetes | java", null, null, false);
        SearchResult result = searcher.search(second, NOW);
        assertEquals(3, result.totalHits());
        assertEquals(1, result.hits().size());
        assertEquals(
                List.of(new TagCount("java", "Java", 2), new TagCount("kubernetes", "Kubernetes", 2)), result.tags());
        PostQuery pastTheEnd = new PostQuery(
                Integer.MAX_VALUE,
                100,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "kubernetes",
                null,
                null,
                false);
        assertEquals(List.of(), searcher.search(pastTheEnd, NOW).hits());
        assertEquals(2, searcher.search(pastTheEnd, NOW).totalHits());
    }

    @Test
    void anExplicitSortWinsOverRelevance() {
        PostQuery byDate = new PostQuery(
                1,
                20,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "kubernetes | java",
                PostSort.DATE_ASC,
                null,
                false);
        assertEquals(
                List.of("kubernates-pitfalls", "deploying-quarkus", "undated-notes"),
                slugs(searcher.search(byDate, NOW)));
        PostQuery byTitle = new PostQuery(
                1,
                20,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "kubernetes | java",
                PostSort.TITLE_ASC,
                null,
                false);
        assertEquals(
                List.of("deploying-quarkus", "kubernates-pitfalls", "undated-notes"),
                slugs(searcher.search(byTitle, NOW)));
    }

    @Test
    void aPageOfALargeResultIsTheSameAsSortingItAll() {
        java.util.Random random = new java.util.Random(7);
        List<PostSearcher.Match> matches = new ArrayList<>();
        for (int ord = 0; ord < 5_000; ord++) {
            matches.add(new PostSearcher.Match(ord, ord, random.nextInt(50))); // many equal scores
        }
        java.util.Comparator<PostSearcher.Match> order = java.util.Comparator.comparingDouble(
                        (PostSearcher.Match match) -> match.score())
                .reversed()
                .thenComparingInt(PostSearcher.Match::ord);
        List<PostSearcher.Match> sorted = new ArrayList<>(matches);
        sorted.sort(order);
        for (int limit : new int[] {1, 20, 60, 4_999, 5_000, 6_000}) {
            for (boolean byScore : new boolean[] {true, false}) {
                ResultCollector.TopMatches top = new ResultCollector.TopMatches(order, byScore, limit);
                matches.forEach(top::offer);
                assertEquals(sorted.subList(0, Math.min(limit, sorted.size())), top.matches());
            }
        }
    }

    @Test
    void highlightsMarkMatchesAndEscapeTheText() {
        SearchResult result = search("blameless");
        Highlights highlights = searcher.highlight(
                result.query(),
                POSTS.get(5).stemming(),
                POSTS.get(5).title(),
                null,
                POSTS.get(5).body());
        assertEquals("The Art of <mark>Blameless</mark> Postmortems", highlights.title());
        assertNull(highlights.excerpt());
        assertEquals(
                "How to run a postmortem that looks for causes, not culprits: the art of <mark>blameless</mark>"
                        + " postmortems is learning. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; is what an"
                        + " attacker writes.",
                highlights.body());

        SearchResult attacker = search("attacker");
        String body = searcher.highlight(
                        attacker.query(),
                        POSTS.get(5).stemming(),
                        POSTS.get(5).title(),
                        null,
                        POSTS.get(5).body())
                .body();
        assertEquals(
                "How to run a postmortem that looks for causes, not culprits: the art of blameless postmortems is"
                        + " learning. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; is what an <mark>attacker</mark>"
                        + " writes.",
                body);
    }

    /**
     * A result's hits are highlighted from the offsets in the index when it holds their texts, and by
     * analysing the texts again when it does not (a post changed since): both give the same snippets.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "kubernetes",
                "deploy*",
                "kuberneets",
                "rolled",
                "\"blameless postmortems\"",
                "attacker",
                "缓存",
                "uberwachung",
                "java | culture",
                "datenbank -java",
                "pods~1"
            })
    void highlightsFromTheIndexEqualThoseOfTheTexts(String q) {
        SearchResult result = search(q);
        assertFalse(result.hits().isEmpty());
        Map<Long, PostSearcher.HitTexts> texts = new LinkedHashMap<>();
        Map<Long, PostSearcher.HitTexts> changed = new LinkedHashMap<>();
        Map<Long, Highlights> expected = new LinkedHashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            IndexedPost post = POSTS.get((int) hit.postId() - 1);
            texts.put(hit.postId(), new PostSearcher.HitTexts(post.title(), post.excerpt(), post.body()));
            // Another text than the index's: its offsets would be wrong, so it is analysed.
            String body = "Changed. " + post.body();
            changed.put(hit.postId(), new PostSearcher.HitTexts(post.title(), post.excerpt(), body));
            expected.put(
                    hit.postId(),
                    searcher.highlight(result.query(), post.stemming(), post.title(), post.excerpt(), post.body()));
        }
        assertEquals(expected, searcher.highlight(result, texts));
        Map<Long, Highlights> fromChanged = searcher.highlight(result, changed);
        for (Map.Entry<Long, PostSearcher.HitTexts> hit : changed.entrySet()) {
            PostSearcher.HitTexts text = hit.getValue();
            assertEquals(
                    searcher.highlight(
                            result.query(),
                            POSTS.get((int) hit.getKey().longValue() - 1).stemming(),
                            text.title(),
                            text.excerpt(),
                            text.body()),
                    fromChanged.get(hit.getKey()));
        }
    }

    @Test
    void highlightsFollowTyposPrefixesStemsAndPhrases() {
        assertEquals(
                "<mark>Deploying</mark> Quarkus to Kubernetes",
                searcher.highlight(
                                search("deploy*").query(),
                                POSTS.get(0).stemming(),
                                POSTS.get(0).title(),
                                null,
                                null)
                        .title());
        // Typos are searched for only when the words as written find nothing, as "kuberneets" does.
        assertEquals(
                "<mark>Kubernates</mark> pitfalls",
                searcher.highlight(
                                search("kuberneets").query(),
                                POSTS.get(1).stemming(),
                                POSTS.get(1).title(),
                                null,
                                null)
                        .title());
        assertNull(searcher.highlight(
                        search("kubernetes").query(),
                        POSTS.get(1).stemming(),
                        POSTS.get(1).title(),
                        null,
                        null)
                .title());
        assertTrue(searcher.highlight(
                        search("rolled").query(),
                        POSTS.get(0).stemming(),
                        null,
                        null,
                        POSTS.get(0).body())
                .body()
                .contains("<mark>rolling</mark>"));
        assertEquals(
                "The Art of <mark>Blameless Postmortems</mark>",
                searcher.highlight(
                                search("\"blameless postmortems\"").query(),
                                POSTS.get(5).stemming(),
                                POSTS.get(5).title(),
                                null,
                                null)
                        .title());
        assertEquals(
                "<mark>缓存</mark>策略",
                searcher.highlight(
                                search("缓存").query(),
                                POSTS.get(3).stemming(),
                                POSTS.get(3).title(),
                                null,
                                null)
                        .title());
    }

    @Test
    void relatedPostsShareTagsOrTextNeverTheirPostAndOnlyVisibleOnes() {
        IndexedPost deploying = POSTS.get(0);
        List<Long> related = searcher.related(
                deploying.id(), deploying.title(), List.of("Kubernetes", "Java"), deploying.body(), NOW, 5);
        // Each shares one tag: Java (undated notes) is on fewer posts than Kubernetes (pitfalls), so it says more.
        // The scheduled and the expired Kubernetes posts are not public; the rest share nothing.
        assertEquals(List.of(9L, 2L), related);
        assertEquals(
                List.of(9L),
                searcher.related(
                        deploying.id(), deploying.title(), List.of("Kubernetes", "Java"), deploying.body(), NOW, 1));
    }

    @Test
    void relatedPostsOfEqualScoreAreOrderedBySlug() {
        // A post with only the C++ tag, whose text matches nothing: the one other C++ post.
        assertEquals(List.of(4L), searcher.related(100, "Nothing in common", List.of("C++"), "", NOW, 5));
        // Two posts with the same tags and nothing else in common with the post: ordered by slug, not by id.
        assertEquals(List.of(11L, 10L), searcher.related(100, "zzz", List.of("Retro"), "", NOW, 5));
    }

    private SearchResult search(String q) {
        return searcher.search(query(q), NOW);
    }

    private static PostQuery query(String q, String... tags) {
        return new PostQuery(1, 20, List.of(tags), List.of(), null, null, null, null, null, q, null, null, false);
    }

    private List<String> slugs(SearchResult result) {
        List<String> slugs = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            slugs.add(POSTS.stream()
                    .filter(post -> post.id() == hit.postId())
                    .findFirst()
                    .orElseThrow()
                    .slug());
        }
        return slugs;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static IndexedPost post(
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
        return new IndexedPost(
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
