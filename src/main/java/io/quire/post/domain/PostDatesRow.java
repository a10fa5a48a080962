package io.quire.post.domain;

import java.time.Instant;

/** What a sitemap needs of a post: the parts of its public URL and its dates (as written and as instants). */
public record PostDatesRow(
        String publicId, String slug, String dateText, Instant publishedAt, String updatedText, Instant updatedAt) {

    /** JPQL constructor expression selecting a {@code PostDatesRow} from the alias {@code p}. */
    public static final String SELECT = "select new io.quire.post.domain.PostDatesRow(p.publicId, p.slug,"
            + " p.dateText, p.publishedAt, p.updatedText, p.updatedAt) from Post p";
}
