package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The large parts of a {@link Post}, kept apart from it so that queries over many posts (lists,
 * counts, the import's look at what is stored) never read them.
 */
@Entity
@Table(name = "post_body")
public class PostBody extends PanacheEntityBase {

    @Id
    @Column(name = "post_id")
    public Long postId;

    /** The sanitised HTML, with heading ids. */
    @Column(nullable = false)
    public String html;

    /** JSON array of {@code {level, text, id}}. */
    @Column(nullable = false)
    public String toc;

    @Column(nullable = false)
    public String markdown;

    /** The text of the HTML, for search and related posts. */
    @Column(name = "plain_text", nullable = false)
    public String plainText;

    /**
     * SHA-256 (hex) of the four columns above, written by the import: a re-import whose output for this
     * post is the same (only the front matter's layout or a rendering setting changed) leaves the row as
     * it is. Null for rows written before it existed.
     */
    @Column(name = "body_hash")
    public String bodyHash;
}
