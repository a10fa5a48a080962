package io.quire.post.domain;

import java.time.Instant;

/**
 * What a sitemap needs of a post: the parts of its public URL, its dates (as written and as
 * instants), and its language and translation key (for its alternates).
 */
public record PostDatesRow(
        String publicId,
        String slug,
        String dateText,
        Instant publishedAt,
        String updatedText,
        Instant updatedAt,
        String lang,
        String translationKey) {

    /** JPQL constructor expression selecting a {@code PostDatesRow} from the alias {@code p}. */
    public static final String SELECT = "select new io.quire.post.domain.PostDatesRow(p.publicId, p.slug,"
            + " p.dateText, p.publishedAt, p.updatedText, p.updatedAt, p.lang, p.translationKey) from Post p";
}
