package io.quire.post.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated list request: which published posts, in which order, which page, which fields.
 *
 * @param tags every one of these must be on a post (slug or name, case-insensitive)
 * @param excludeTags none of these may be on a post
 * @param fields the fields to return, or null for the whole summary
 * @param preview include drafts, scheduled and expired posts (the request carried the preview token)
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
        boolean preview) {

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
                preview);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
