package io.quire.post.domain;

import java.time.Instant;

/** The columns of a post summary plus its instants and its sanitised html: what feeds select. */
public record PostHtmlRow(
        Long id,
        String publicId,
        boolean publicIdNumeric,
        String slug,
        String title,
        String excerpt,
        String dateText,
        String readTime,
        boolean featured,
        String updatedText,
        int readingMinutes,
        int wordCount,
        String frontMatter,
        String sourcePath,
        String lang,
        Instant publishedAt,
        Instant updatedAt,
        String html) {

    /** JPQL constructor expression selecting a {@code PostHtmlRow} from the alias {@code p}. */
    public static final String SELECT = "select new io.quire.post.domain.PostHtmlRow(p.id, p.publicId,"
            + " p.publicIdNumeric, p.slug, p.title, p.excerpt, p.dateText, p.readTime, p.featured, p.updatedText,"
            + " p.readingMinutes, p.wordCount, p.frontMatter, p.sourcePath, p.lang, p.publishedAt, p.updatedAt, b.html)"
            + " from Post p join PostBody b on b.postId = p.id";

    public PostRow summaryRow() {
        return new PostRow(
                id,
                publicId,
                publicIdNumeric,
                slug,
                title,
                excerpt,
                dateText,
                readTime,
                featured,
                updatedText,
                readingMinutes,
                wordCount,
                frontMatter,
                sourcePath,
                lang);
    }
}
