package io.quire.post.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The orders of post lists: their parameter values and the JPQL that {@link ListIndex} must agree with. */
class PostSortTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-date    | DATE_DESC    | PUBLISHED | true"
                        + " | case when p.publishedAt is null then 1 else 0 end, p.publishedAt desc, p.slug asc, p.lang asc",
                "date     | DATE_ASC     | PUBLISHED | false"
                        + " | case when p.publishedAt is null then 1 else 0 end, p.publishedAt asc, p.slug asc, p.lang asc",
                "title    | TITLE_ASC    | TITLE     | false"
                        + " | case when lower(p.title) is null then 1 else 0 end, lower(p.title) asc, p.slug asc, p.lang asc",
                "-title   | TITLE_DESC   | TITLE     | true"
                        + " | case when lower(p.title) is null then 1 else 0 end, lower(p.title) desc, p.slug asc, p.lang asc",
                "-updated | UPDATED_DESC | UPDATED   | true"
                        + " | case when coalesce(p.updatedAt, p.publishedAt) is null then 1 else 0 end,"
                        + " coalesce(p.updatedAt, p.publishedAt) desc, p.slug asc, p.lang asc",
            })
    void eachOrderHasOneParameterAKeyAndAClauseEndingInSlugAndLanguage(
            String parameter, PostSort sort, PostSort.Key key, boolean descending, String orderBy) {
        assertEquals(Optional.of(sort), PostSort.fromParameter(parameter));
        assertEquals(parameter, sort.parameter());
        assertEquals(key, sort.key());
        assertEquals(descending, sort.descending());
        assertEquals(orderBy, sort.orderByClause());
    }

    @Test
    void unknownValuesAreNoOrderAndTheAllowedOnesAreListedInOrder() {
        assertEquals(Optional.empty(), PostSort.fromParameter("relevance"));
        assertEquals(Optional.empty(), PostSort.fromParameter("Date"));
        assertEquals(Optional.empty(), PostSort.fromParameter(null));
        assertEquals("-date, date, title, -title, -updated", PostSort.allowedValues());
    }
}
