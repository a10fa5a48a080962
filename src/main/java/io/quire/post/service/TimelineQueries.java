package io.quire.post.service;

import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostDatesRow;
import io.quire.post.domain.PostHtmlRow;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostSummary;
import io.quire.replica.ReplicaRead;
import io.quire.site.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published posts in date order, as feeds and sitemaps read them: JPQL over the posts table. */
@ApplicationScoped
@ReplicaRead
public class TimelineQueries {

    private final PostRepository posts;
    private final TagIds tagIds;
    private final Clock clock;
    private final PostLinks links;

    public TimelineQueries(PostRepository posts, TagIds tagIds, Clock clock, PostLinks links) {
        this.posts = posts;
        this.tagIds = tagIds;
        this.clock = clock;
        this.links = links;
    }

    /**
     * A published post with its instants and its sanitised html, as feeds need it: every URL in the
     * html absolute (relative ones resolved against the post's public page).
     */
    public record PostWithHtml(PostSummary summary, Instant published, Instant updated, String html) {}

    /**
     * The page of published, dated posts matching the query's filters, newest first whatever the
     * query's sort (ties by slug), each with its html: one query for the posts and one for their tags.
     * Posts without a date are left out, as from date filters: a feed is a timeline.
     */
    @Transactional
    public List<PostWithHtml> newestWithHtml(PostQuery query) {
        Optional<PostRepository.Filter> filter = filter(query, new Visibility(clock.instant(), query.preview()));
        if (filter.isEmpty() || query.offset() > Integer.MAX_VALUE) {
            return List.of();
        }
        PostRepository.Filter dated = filter.get().and("p.publishedAt is not null", Map.of());
        List<PostHtmlRow> rows =
                posts.pageWithHtml(dated, PostSort.DATE_DESC.orderByClause(), query.offset(), query.size());
        Map<Long, List<String>> tagNames =
                posts.tagNames(rows.stream().map(row -> row.summaryRow().id()).toList());
        PostLinks.Links written = links.forRequest(false);
        PublicUrls urls = links.urls();
        List<PostWithHtml> items = new ArrayList<>(rows.size());
        for (PostHtmlRow row : rows) {
            PostRow columns = row.summaryRow();
            PostSummary summary = PostSummaries.of(columns, tagNames.getOrDefault(columns.id(), List.of()), written);
            String html = written.absoluteHtml(
                    row.html(), columns.sourcePath(), urls.post(columns.publicId(), columns.slug(), columns.lang()));
            items.add(new PostWithHtml(summary, row.publishedAt(), row.updatedAt(), html));
        }
        return items;
    }

    /** How many posts are published now (dated or not). */
    @Transactional
    public long countPublished(LanguageFilter language) {
        return posts.count(published(language));
    }

    /**
     * A slice of all published posts (dated or not; in a language if one is given) in {@code -date}
     * order, with what a sitemap needs of each.
     */
    @Transactional
    public List<PostDatesRow> publishedDates(long offset, int limit, LanguageFilter language) {
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        return posts.pageOfDates(published(language), PostSort.DATE_DESC.orderByClause(), offset, limit);
    }

    /** The published posts of these translation keys, one per key and language: a sitemap's alternates. */
    @Transactional
    public List<PostRepository.TranslationRow> publishedTranslations(Collection<String> keys) {
        return posts.translations(keys, published());
    }

    /** The published posts, in a language if one is given. */
    private PostRepository.Filter published(LanguageFilter language) {
        return language == null ? published() : published().and(language.jpql());
    }

    private PostRepository.Filter published() {
        return Visibility.publicAt(clock.instant()).jpql();
    }

    /** The query's filters as JPQL; empty when a required tag matches no tag. */
    private Optional<PostRepository.Filter> filter(PostQuery query, Visibility visibility) {
        PostRepository.Filter rule = visibility.jpql();
        StringBuilder where = new StringBuilder(rule.where());
        Map<String, Object> parameters = new LinkedHashMap<>(rule.parameters());
        for (int i = 0; i < query.tags().size(); i++) {
            List<Long> ids = tagIds.matching(query.tags().get(i));
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            String name = "tag" + i;
            where.append(" and exists (select 1 from PostTag pt where pt.key.postId = p.id and pt.key.tagId in :")
                    .append(name)
                    .append(')');
            parameters.put(name, ids);
        }
        List<Long> excluded = query.excludeTags().stream()
                .flatMap(value -> tagIds.matching(value).stream())
                .toList();
        if (!excluded.isEmpty()) {
            where.append(" and not exists (select 1 from PostTag pt where pt.key.postId = p.id"
                    + " and pt.key.tagId in :excluded)");
            parameters.put("excluded", excluded);
        }
        if (query.featured() != null) {
            where.append(" and p.featured = :featured");
            parameters.put("featured", query.featured());
        }
        if (query.lang() != null) {
            PostRepository.Filter language = new LanguageFilter(query.lang()).jpql();
            where.append(" and ").append(language.where());
            parameters.putAll(language.parameters());
        }
        addDateRange(query, where, parameters);
        return Optional.of(new PostRepository.Filter(where.toString(), parameters));
    }

    private static void addDateRange(PostQuery query, StringBuilder where, Map<String, Object> parameters) {
        LocalDate start = query.publishedFrom();
        LocalDate endExclusive = query.publishedBefore();
        if (start != null) {
            where.append(" and p.publishedAt >= :start");
            parameters.put("start", start.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (endExclusive != null) {
            where.append(" and p.publishedAt < :end");
            parameters.put("end", endExclusive.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }
}
