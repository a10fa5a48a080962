package io.quire.search.query;

import io.quire.post.domain.Visibility;
import io.quire.post.service.PostQuery;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.Micros;
import io.quire.search.index.PostMeta;
import io.quire.search.index.SearchFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a post list ({@code tag}, {@code excludeTag}, {@code featured}, {@code year},
 * {@code month}, {@code from}, {@code to}) and the {@link Visibility} rule as index clauses, meaning
 * exactly what they mean in the database query of {@code /api/posts}.
 */
public final class SearchFilters {

    private SearchFilters() {}

    /** The posts a reader sees, as an index query generated from the {@link Visibility} rule. */
    public static Query visible(Visibility visibility) {
        return visibility.filter(new Visibility.Terms<Query>() {
            @Override
            public Query all() {
                return new MatchAllDocsQuery();
            }

            @Override
            public Query notDraft() {
                return new TermQuery(new Term(SearchFields.DRAFT, "false"));
            }

            @Override
            public Query datedNoLaterThan(Instant instant) {
                return LongPoint.newRangeQuery(SearchFields.VISIBLE_FROM, Long.MIN_VALUE, Micros.of(instant));
            }

            @Override
            public Query notExpiredAt(Instant instant) {
                return LongPoint.newRangeQuery(
                        SearchFields.VISIBLE_UNTIL, Math.addExact(Micros.of(instant), 1), Long.MAX_VALUE);
            }

            @Override
            public Query allOf(List<Query> filters) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                filters.forEach(filter -> all.add(filter, Occur.FILTER));
                return all.build();
            }
        });
    }

    /** The same rule over the per-post data kept beside the index. */
    public static Predicate<PostMeta> visibleMeta(Visibility visibility) {
        return visibility.filter(new Visibility.Terms<Predicate<PostMeta>>() {
            @Override
            public Predicate<PostMeta> all() {
                return post -> true;
            }

            @Override
            public Predicate<PostMeta> notDraft() {
                return post -> !post.draft();
            }

            @Override
            public Predicate<PostMeta> datedNoLaterThan(Instant instant) {
                long micros = Micros.of(instant);
                return post -> post.visibleFrom() <= micros;
            }

            @Override
            public Predicate<PostMeta> notExpiredAt(Instant instant) {
                long micros = Micros.of(instant);
                return post -> micros < post.visibleUntil();
            }

            @Override
            public Predicate<PostMeta> allOf(List<Predicate<PostMeta>> filters) {
                return post -> filters.stream().allMatch(filter -> filter.test(post));
            }
        });
    }

    /**
     * The clauses for a query's filters, or empty when they cannot match anything (a {@code tag}
     * that no post has).
     */
    public static Optional<List<BooleanClause>> of(PostQuery query, IndexSnapshot snapshot, Instant now) {
        List<BooleanClause> clauses = new ArrayList<>();
        clauses.add(new BooleanClause(visible(new Visibility(now, query.preview())), Occur.FILTER));
        for (String value : query.tags()) {
            List<Long> ids = snapshot.tagIdsMatching(value);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            clauses.add(new BooleanClause(anyTag(ids), Occur.FILTER));
        }
        for (String value : query.excludeTags()) {
            List<Long> ids = snapshot.tagIdsMatching(value);
            if (!ids.isEmpty()) {
                clauses.add(new BooleanClause(anyTag(ids), Occur.MUST_NOT));
            }
        }
        if (query.featured() != null) {
            clauses.add(new BooleanClause(
                    new TermQuery(
                            new Term(SearchFields.FEATURED, query.featured().toString())),
                    Occur.FILTER));
        }
        LocalDate start = query.publishedFrom();
        LocalDate endExclusive = query.publishedBefore();
        if (start != null || endExclusive != null) {
            long lower = start == null ? Long.MIN_VALUE : Micros.of(start);
            long upper = endExclusive == null ? Long.MAX_VALUE : Micros.of(endExclusive) - 1;
            // Undated posts have no point in this field, so any range leaves them out, as in SQL.
            clauses.add(new BooleanClause(LongPoint.newRangeQuery(SearchFields.PUBLISHED, lower, upper), Occur.FILTER));
        }
        return Optional.of(clauses);
    }

    private static Query anyTag(List<Long> ids) {
        if (ids.size() == 1) {
            return new TermQuery(new Term(SearchFields.TAG_ID, ids.get(0).toString()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Long id : ids) {
            any.add(new TermQuery(new Term(SearchFields.TAG_ID, id.toString())), Occur.SHOULD);
        }
        return any.build();
    }
}
