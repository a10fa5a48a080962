package io.quire.search.service;

import static io.quire.search.service.SearchCorpus.NOW;
import static io.quire.search.service.SearchCorpus.POSTS;
import static io.quire.search.service.SearchCorpus.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.search.index.IndexedPost;
import io.quire.search.index.SearchIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Snippets of where the hits of a search over {@link SearchCorpus} matched. */
class HitHighlighterTest {

    private final SearchIndex index = SearchCorpus.index();
    private final PostSearcher searcher = new PostSearcher(index);
    private final HitHighlighter highlighter = new HitHighlighter(index);

    @Test
    void highlightsMarkMatchesAndEscapeTheText() {
        SearchResult result = search("blameless");
        Highlights highlights = highlighter.highlight(
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
        String body = highlighter
                .highlight(
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
        Map<Long, HitHighlighter.HitTexts> texts = new LinkedHashMap<>();
        Map<Long, HitHighlighter.HitTexts> changed = new LinkedHashMap<>();
        Map<Long, Highlights> expected = new LinkedHashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            IndexedPost post = POSTS.get((int) hit.postId() - 1);
            texts.put(hit.postId(), new HitHighlighter.HitTexts(post.title(), post.excerpt(), post.body()));
            // Another text than the index's: its offsets would be wrong, so it is analysed.
            String body = "Changed. " + post.body();
            changed.put(hit.postId(), new HitHighlighter.HitTexts(post.title(), post.excerpt(), body));
            expected.put(
                    hit.postId(),
                    highlighter.highlight(result.query(), post.stemming(), post.title(), post.excerpt(), post.body()));
        }
        assertEquals(expected, highlighter.highlight(result, texts));
        Map<Long, Highlights> fromChanged = highlighter.highlight(result, changed);
        for (Map.Entry<Long, HitHighlighter.HitTexts> hit : changed.entrySet()) {
            HitHighlighter.HitTexts text = hit.getValue();
            assertEquals(
                    highlighter.highlight(
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
                highlighter
                        .highlight(
                                search("deploy*").query(),
                                POSTS.get(0).stemming(),
                                POSTS.get(0).title(),
                                null,
                                null)
                        .title());
        // Typos are searched for only when the words as written find nothing, as "kuberneets" does.
        assertEquals(
                "<mark>Kubernates</mark> pitfalls",
                highlighter
                        .highlight(
                                search("kuberneets").query(),
                                POSTS.get(1).stemming(),
                                POSTS.get(1).title(),
                                null,
                                null)
                        .title());
        assertNull(highlighter
                .highlight(
                        search("kubernetes").query(),
                        POSTS.get(1).stemming(),
                        POSTS.get(1).title(),
                        null,
                        null)
                .title());
        assertTrue(highlighter
                .highlight(
                        search("rolled").query(),
                        POSTS.get(0).stemming(),
                        null,
                        null,
                        POSTS.get(0).body())
                .body()
                .contains("<mark>rolling</mark>"));
        assertEquals(
                "The Art of <mark>Blameless Postmortems</mark>",
                highlighter
                        .highlight(
                                search("\"blameless postmortems\"").query(),
                                POSTS.get(5).stemming(),
                                POSTS.get(5).title(),
                                null,
                                null)
                        .title());
        assertEquals(
                "<mark>缓存</mark>策略",
                highlighter
                        .highlight(
                                search("缓存").query(),
                                POSTS.get(3).stemming(),
                                POSTS.get(3).title(),
                                null,
                                null)
                        .title());
    }

    private SearchResult search(String q) {
        return searcher.search(query(q), NOW);
    }
}
