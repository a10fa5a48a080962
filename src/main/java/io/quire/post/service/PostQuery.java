package io.quire.post.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated list request: which published posts, in which order, which page, which fields.
 *
 * @param tags every one of these must be on a post (slug or name, case-insensitive)
 * @param excludeTags none of these may be on a post
 * @param text the full-text query, or null
 * @param sort the order the client asked for, or null for the default: relevance with a text query,
 *     else newest first
 * @param fields the fields to return, or null for the whole summary
 * @param preview include drafts, scheduled and expired posts (the request carried the preview token)
 * @param lang only posts in this language or a variant of it ({@code pt} takes {@code pt-br}), or null
 */
public record PostQuery(
        int page,
        int size,
        List<String> tags,
        List<String> excludeTags,
        Boolean featured,
        Integer year,
        Integer month,
        LocalDate from,
        LocalDate to,
        String text,
        PostSort sort,
        Set<String> fields,
        boolean preview,
        String lang) {

    public PostQuery withRequiredTag(String tag) {
        List<String> all = new java.util.ArrayList<>(tags.size() + 1);
        all.add(tag);
        all.addAll(tags);
        return new PostQuery(
                page,
                size,
                List.copyOf(all),
                excludeTags,
                featured,
                year,
                month,
                from,
                to,
                text,
                sort,
                fields,
                preview,
                lang);
    }

    /** The order to list in when there is no text query to rank by. */
    public PostSort sortOrNewest() {
        return sort == null ? PostSort.DATE_DESC : sort;
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** First day (UTC) of the publication range that year/month/from/to leave, or null for no bound. */
    public LocalDate publishedFrom() {
        if (year == null) {
            return from;
        }
        LocalDate periodStart = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        return from == null || periodStart.isAfter(from) ? periodStart : from;
    }

    /** The day (UTC) after the publication range that year/month/from/to leave, or null for no bound. */
    public LocalDate publishedBefore() {
        LocalDate end = to == null ? null : to.plusDays(1);
        if (year == null) {
            return end;
        }
        LocalDate periodStart = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate periodEnd = month == null ? periodStart.plusYears(1) : periodStart.plusMonths(1);
        return end == null || periodEnd.isBefore(end) ? periodEnd : end;
    }
}
