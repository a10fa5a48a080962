package io.quire.search.service;

import static io.quire.search.service.SearchCorpus.NOW;
import static io.quire.search.service.SearchCorpus.POSTS;
import static io.quire.search.service.SearchCorpus.query;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.search.analysis.LanguageGuess;
import io.quire.search.index.SearchIndex;
import io.quire.tag.domain.TagCount;
import io.quire.web.InvalidParametersException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search engine over a small corpus in several languages ({@link SearchCorpus}), without the database. */
class PostSearcherTest {

    private final SearchIndex index = SearchCorpus.index();
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
                1, 20, List.of(), List.of("java"), null, null, null, null, null, "kubernetes", null, null, false, null);
        assertEquals(List.of("kubernates-pitfalls"), slugs(searcher.search(excluding, NOW)));
        PostQuery featured = new PostQuery(
                1, 20, List.of(), List.of(), true, null, null, null, null, "kubernetes", null, null, false, null);
        assertEquals(List.of("deploying-quarkus"), slugs(searcher.search(featured, NOW)));
        PostQuery april = new PostQuery(
                1, 20, List.of(), List.of(), null, 2025, 4, null, null, "kubernetes", null, null, false, null);
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
                false,
                null);
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
                false,
                null);
        assertEquals(List.of(), slugs(searcher.search(undatedLeftOut, NOW)));
    }

    @Test
    void pagesFacetsAndTotalsCoverTheWholeResult() {
        PostQuery second = new PostQuery(
                2, 1, List.of(), List.of(), null, null, null, null, null, "kubernetes | java", null, null, false, null);
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
                false,
                null);
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
                false,
                null);
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
                false,
                null);
        assertEquals(
                List.of("deploying-quarkus", "kubernates-pitfalls", "undated-notes"),
                slugs(searcher.search(byTitle, NOW)));
    }

    SearchResult search(String q) {
        return searcher.search(query(q), NOW);
    }

    static List<String> slugs(SearchResult result) {
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

    static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
