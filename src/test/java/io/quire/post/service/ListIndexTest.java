package io.quire.post.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostSortRow;
import io.quire.post.domain.PostTagRef;
import io.quire.post.domain.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders, filters, visibility and paging of the in-memory list index, on posts made to tie and miss. */
class ListIndexTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private static final List<PostSortRow> ROWS = List.of(
            row(1, "b", "Zebra", "2025-01-01T00:00:00Z", null, null, false, false, "pt"),
            row(2, "a", "apple", "2025-01-01T00:00:00Z", "2025-05-01T00:00:00Z", null, false, true, "en"),
            row(3, "c", "Émile", null, null, null, false, false, "en"),
            row(4, "d", "Banana", "2024-03-01T00:00:00Z", null, null, true, false, "en"),
            row(5, "e", "cherry", "2099-01-01T00:00:00Z", null, null, false, false, "en"),
            row(6, "f", "date", "2023-01-01T00:00:00Z", null, "2024-01-01T00:00:00Z", false, false, "en"),
            row(7, "g", "Apple", "2024-12-31T23:59:59.999999Z", null, null, false, false, "pt-br"));

    private static final ListIndex INDEX = ListIndex.build(
            42,
            ROWS,
            Map.of(
                    1L,
                    List.of(new PostTagRef(10, "Ten"), new PostTagRef(11, "eleven")),
                    2L,
                    List.of(new PostTagRef(11, "Eleven")),
                    3L,
                    List.of(new PostTagRef(12, "twelve")),
                    7L,
                    List.of(new PostTagRef(10, "ten"))));

    private static final ListIndex.Filter NONE = new ListIndex.Filter(List.of(), new long[0], null, null, null, null);

    @Test
    void everyOrderPutsMissingKeysLastAndBreaksTiesBySlug() {
        assertEquals(List.of(2L, 1L, 7L, 3L), ids(NONE, PostSort.DATE_DESC));
        assertEquals(List.of(7L, 2L, 1L, 3L), ids(NONE, PostSort.DATE_ASC));
        // lower-cased, then by code point (É after the ASCII letters); "apple" twice: slug a before g
        assertEquals(List.of(2L, 7L, 1L, 3L), ids(NONE, PostSort.TITLE_ASC));
        assertEquals(List.of(3L, 1L, 2L, 7L), ids(NONE, PostSort.TITLE_DESC));
        // updated, else published: 2 (May) before 1 (January), 7 (December), then the undated
        assertEquals(List.of(2L, 1L, 7L, 3L), ids(NONE, PostSort.UPDATED_DESC));
    }

    @Test
    void visibilityIsDecidedAtTheRequestsMoment() {
        assertEquals(
                4,
                INDEX.page(NONE, PostSort.DATE_DESC, new Visibility(NOW, false), 0, 100)
                        .total());
        assertEquals(4, INDEX.count(NONE, new Visibility(NOW, false)));
        assertEquals(7, INDEX.count(NONE, new Visibility(NOW, true)));
        // the scheduled post appears at its date, the expired one is already gone
        assertEquals(
                List.of(5L, 2L, 1L, 7L, 3L),
                INDEX.page(
                                NONE,
                                PostSort.DATE_DESC,
                                new Visibility(Instant.parse("2099-01-01T00:00:00Z"), false),
                                0,
                                100)
                        .ids());
        assertEquals(
                List.of(5L, 2L, 1L, 7L, 4L, 6L, 3L),
                INDEX.page(NONE, PostSort.DATE_DESC, new Visibility(NOW, true), 0, 100)
                        .ids());
    }

    @Test
    void aLanguageTakesItsRegions() {
        assertEquals(List.of(1L, 7L), ids(language("pt")));
        assertEquals(List.of(7L), ids(language("pt-br")));
        assertEquals(List.of(2L, 3L), ids(language("en")));
        assertEquals(List.of(), ids(language("de")));
    }

    private static ListIndex.Filter language(String tag) {
        return new ListIndex.Filter(List.of(), new long[0], null, null, null, LanguageFilter.of(tag));
    }

    @Test
    void filtersCombine() {
        assertEquals(
                List.of(2L, 1L),
                ids(new ListIndex.Filter(List.of(new long[] {11}), new long[0], null, null, null, null)));
        assertEquals(
                List.of(1L, 7L),
                ids(new ListIndex.Filter(List.of(new long[] {10, 99}), new long[0], null, null, null, null)));
        assertEquals(
                List.of(1L),
                ids(new ListIndex.Filter(
                        List.of(new long[] {10}, new long[] {11}), new long[0], null, null, null, null)));
        assertEquals(List.of(7L, 3L), ids(new ListIndex.Filter(List.of(), new long[] {11}, null, null, null, null)));
        assertEquals(List.of(2L), ids(new ListIndex.Filter(List.of(), new long[0], true, null, null, null)));
        // [2025-01-01, 2025-01-02): the dated posts of that day; undated posts never match a date bound
        assertEquals(
                List.of(2L, 1L),
                ids(new ListIndex.Filter(
                        List.of(),
                        new long[0],
                        null,
                        Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2025-01-02T00:00:00Z"),
                        null)));
        assertEquals(
                List.of(7L),
                ids(new ListIndex.Filter(
                        List.of(), new long[0], null, null, Instant.parse("2025-01-01T00:00:00Z"), null)));
    }

    @Test
    void theMatchesOfAFilterAreKeptOnlyWhileVisibilityCannotChange() {
        // the scheduled post (2099) and the expired one (2024) bound the windows
        assertEquals(4, INDEX.count(NONE, new Visibility(NOW, false)));
        assertEquals(4, INDEX.count(NONE, new Visibility(NOW.plusSeconds(3600), false)));
        assertEquals(5, INDEX.count(NONE, new Visibility(Instant.parse("2099-01-01T00:00:00Z"), false)));
        assertEquals(5, INDEX.count(NONE, new Visibility(Instant.parse("2099-06-01T00:00:00Z"), false)));
        // and back: a clock moved backwards is answered for its own moment
        assertEquals(4, INDEX.count(NONE, new Visibility(NOW, false)));
        assertEquals(
                2,
                INDEX.count(NONE, new Visibility(Instant.parse("2023-06-01T00:00:00Z"), false))); // 3 (undated) and 6
    }

    @Test
    void eachPostKeepsItsOwnSpellingOfItsTags() {
        assertEquals(List.of("Ten", "eleven"), INDEX.tagNames(1));
        assertEquals(List.of("Eleven"), INDEX.tagNames(2));
        assertEquals(List.of(), INDEX.tagNames(4));
    }

    @Test
    void pagesCountEveryMatchAndMayLieBeyondTheEnd() {
        ListIndex.Page second = INDEX.page(NONE, PostSort.DATE_DESC, new Visibility(NOW, false), 2, 2);
        assertEquals(List.of(7L, 3L), second.ids());
        assertEquals(4, second.total());
        ListIndex.Page beyond = INDEX.page(NONE, PostSort.DATE_DESC, new Visibility(NOW, false), 40, 2);
        assertEquals(List.of(), beyond.ids());
        assertEquals(4, beyond.total());
    }

    @Test
    void codePointOrderPutsSupplementaryCharactersAfterTheBasicPlane() {
        // UTF-16 order would put U+1F600 (a surrogate pair) before U+FF21
        assertEquals(1, Integer.signum(ListIndex.compareCodePoints("\uD83D\uDE00", "\uFF21")));
        assertEquals(-1, Integer.signum(ListIndex.compareCodePoints("ab", "abc")));
    }

    private static List<Long> ids(ListIndex.Filter filter) {
        return ids(filter, PostSort.DATE_DESC);
    }

    private static List<Long> ids(ListIndex.Filter filter, PostSort sort) {
        return INDEX.page(filter, sort, new Visibility(NOW, false), 0, 100).ids();
    }

    private static PostSortRow row(
            long id,
            String slug,
            String title,
            String published,
            String updated,
            String expires,
            boolean draft,
            boolean featured,
            String lang) {
        return new PostSortRow(
                id,
                slug,
                title,
                published == null ? null : Instant.parse(published),
                updated == null ? null : Instant.parse(updated),
                expires == null ? null : Instant.parse(expires),
                draft,
                featured,
                lang);
    }
}
