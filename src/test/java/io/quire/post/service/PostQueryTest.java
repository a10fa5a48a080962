package io.quire.post.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a validated list request means: its publication range, its page, its order. */
class PostQueryTest {

    @ParameterizedTest(name = "year={0} month={1} from={2} to={3}: [{4}, {5})")
    @CsvSource(
            nullValues = "-",
            value = {
                // year, month, from,       to,         first day,  day after
                "-,    -,     -,          -,          -,          -",
                "-,    -,     2024-03-10, -,          2024-03-10, -",
                "-,    -,     -,          2024-03-10, -,          2024-03-11",
                "-,    -,     2024-03-10, 2024-03-20, 2024-03-10, 2024-03-21",
                "2024, -,     -,          -,          2024-01-01, 2025-01-01",
                "2024, 2,     -,          -,          2024-02-01, 2024-03-01", // a leap February
                "2024, 12,    -,          -,          2024-12-01, 2025-01-01",
                // year and from/to: the narrower bound of each side
                "2024, -,     2024-05-01, 2024-05-31, 2024-05-01, 2024-06-01",
                "2024, -,     2023-05-01, 2026-05-31, 2024-01-01, 2025-01-01",
                "2024, 6,     2024-06-15, -,          2024-06-15, 2024-07-01",
                "2024, 6,     -,          2024-06-14, 2024-06-01, 2024-06-15",
                // ranges that do not meet are empty, not widened
                "2024, 6,     2024-08-01, -,          2024-08-01, 2024-07-01",
            })
    void yearMonthFromAndToLeaveOnePublicationRange(
            Integer year, Integer month, LocalDate from, LocalDate to, LocalDate first, LocalDate dayAfter) {
        PostQuery query = query(1, 20, List.of(), year, month, from, to, null);
        assertEquals(first, query.publishedFrom());
        assertEquals(dayAfter, query.publishedBefore());
    }

    @Test
    void pagesStartAtOne() {
        assertEquals(0, query(1, 20, List.of(), null, null, null, null, null).offset());
        assertEquals(40, query(3, 20, List.of(), null, null, null, null, null).offset());
        // beyond an int: the offset is a long
        assertEquals(
                4_294_967_292L,
                query(Integer.MAX_VALUE, 2, List.of(), null, null, null, null, null)
                        .offset());
    }

    @Test
    void withoutAnOrderTheNewestComeFirst() {
        assertEquals(
                PostSort.DATE_DESC,
                query(1, 20, List.of(), null, null, null, null, null).sortOrNewest());
        assertEquals(
                PostSort.TITLE_ASC,
                query(1, 20, List.of(), null, null, null, null, PostSort.TITLE_ASC)
                        .sortOrNewest());
    }

    @Test
    void aRequiredTagComesFirstAndTheRestIsKept() {
        Function<List<String>, PostQuery> withTags = tags -> new PostQuery(
                2,
                5,
                tags,
                List.of("draft"),
                true,
                2024,
                3,
                null,
                null,
                "words",
                PostSort.TITLE_DESC,
                Set.of("slug"),
                true,
                "de");
        assertEquals(
                withTags.apply(List.of("quarkus", "java", "testing")),
                withTags.apply(List.of("java", "testing")).withRequiredTag("quarkus"));
    }

    private static PostQuery query(
            int page,
            int size,
            List<String> tags,
            Integer year,
            Integer month,
            LocalDate from,
            LocalDate to,
            PostSort sort) {
        return new PostQuery(page, size, tags, List.of(), null, year, month, from, to, null, sort, null, false, null);
    }
}
