package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;

/**
 * What sorting, faceting and related posts need of an indexed post, kept in plain arrays beside the
 * Lucene index: reading a field of a few thousand hits from here costs nothing.
 *
 * @param publishedAt microseconds since the epoch, or null for an undated post
 * @param updatedOrPublished {@code coalesce(updated, published)} in microseconds, or null
 * @param titleKey the title in lower case: the title order of {@code sort=title}
 * @param draft whether the post is a draft
 * @param visibleFrom microseconds since the epoch from which the post is dated (the minimum when
 *     undated)
 * @param visibleUntil microseconds since the epoch until which (exclusive) the post is not expired
 * @param tagIds database ids of the post's tags
 * @param lang the post's language tag: slugs are unique per language, so ties end with it
 * @param stemming the language of the post's stemmed fields, for highlighting its stemmed matches
 * @param hash {@link IndexedPost#contentHash()} of what was indexed: an index derived from this one
 *     indexes the post again only when the database's post has another hash
 */
public record PostMeta(
        long postId,
        String slug,
        String titleKey,
        Long publishedAt,
        Long updatedOrPublished,
        boolean draft,
        long visibleFrom,
        long visibleUntil,
        long[] tagIds,
        String lang,
        StemLanguage stemming,
        long hash) {}
