package io.quire.post.domain;

/**
 * The columns a post summary needs: what list queries select instead of whole entities. The source
 * path is what the links in its front matter are relative to.
 */
public record PostRow(
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
        String lang) {

    public static PostRow of(Post post) {
        return new PostRow(
                post.id,
                post.publicId,
                post.publicIdNumeric,
                post.slug,
                post.title,
                post.excerpt,
                post.dateText,
                post.readTime,
                post.featured,
                post.updatedText,
                post.readingMinutes,
                post.wordCount,
                post.frontMatter,
                post.sourcePath,
                post.lang);
    }

    /** The constructor arguments of a {@code PostRow} from the alias {@code p}, in JPQL. */
    static final String NEW = "new io.quire.post.domain.PostRow(p.id, p.publicId, p.publicIdNumeric, p.slug, p.title,"
            + " p.excerpt, p.dateText, p.readTime, p.featured, p.updatedText, p.readingMinutes, p.wordCount,"
            + " p.frontMatter, p.sourcePath, p.lang)";

    /** JPQL constructor expression selecting a {@code PostRow} from the alias {@code p}. */
    public static final String SELECT = "select " + NEW + " from Post p";
}
