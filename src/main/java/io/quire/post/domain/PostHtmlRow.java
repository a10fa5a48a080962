package io.quire.post.domain;

import java.time.Instant;

/**
 * The columns of a post summary plus its instants and its sanitised html: what feeds select.
 *
 * @param summaryRow the columns of its summary
 */
public record PostHtmlRow(PostRow summaryRow, Instant publishedAt, Instant updatedAt, String html) {

    /** JPQL constructor expression selecting a {@code PostHtmlRow} from the alias {@code p}. */
    public static final String SELECT = "select new io.quire.post.domain.PostHtmlRow(" + PostRow.NEW
            + ", p.publishedAt, p.updatedAt, b.html) from Post p" + PostBody.OF_POST;
}
