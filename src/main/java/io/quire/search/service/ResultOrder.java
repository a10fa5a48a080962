package io.quire.search.service;

import io.quire.post.service.PostSort;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.PostMeta;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The order of a search result: relevance by default, else the list order the client asked for, as
 * the database orders {@code /api/posts}; ties by slug, then language, so that pages are stable.
 */
final class ResultOrder {

    private ResultOrder() {}

    static Comparator<Match> of(PostSort sort, IndexSnapshot snapshot) {
        Comparator<Match> bySlug = Comparator.comparing(
                        (Match match) -> snapshot.post(match.ord()).slug())
                .thenComparing(match -> snapshot.post(match.ord()).lang());
        if (sort == null) {
            return Comparator.comparingDouble((Match match) -> match.score())
                    .reversed()
                    .thenComparing(bySlug);
        }
        Comparator<Match> primary = switch (sort) {
            case DATE_DESC -> nullsLast(snapshot, PostMeta::publishedAt, true);
            case DATE_ASC -> nullsLast(snapshot, PostMeta::publishedAt, false);
            case TITLE_ASC ->
                Comparator.comparing(match -> snapshot.post(match.ord()).titleKey());
            case TITLE_DESC ->
                Comparator.comparing((Match match) -> snapshot.post(match.ord()).titleKey(), Comparator.reverseOrder());
            case UPDATED_DESC -> nullsLast(snapshot, PostMeta::updatedOrPublished, true);
        };
        return primary.thenComparing(bySlug);
    }

    /** Posts without the key last in both directions, as in the database order. */
    private static Comparator<Match> nullsLast(
            IndexSnapshot snapshot, Function<PostMeta, Long> key, boolean descending) {
        Comparator<Long> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(match -> key.apply(snapshot.post(match.ord())), Comparator.nullsLast(values));
    }
}
