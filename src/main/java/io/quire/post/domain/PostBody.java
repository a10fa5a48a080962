package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The large parts of a {@link Post}, kept apart from it so that queries over many posts (lists,
 * counts, the import's look at what is stored) never read them. A post points at its current body
 * ({@link Post#bodyId}); an import writes changed bodies as new rows outside its transaction and only
 * moves the pointers inside it, so a row no post points at is never read (see docs/architecture.md,
 * "Body generations").
 */
@Entity
@Table(name = "post_body")
public class PostBody extends PanacheEntityBase {

    /** JPQL: the current body {@code b} of each post {@code p}, the only way readers reach a body. */
    public static final String OF_POST = " join PostBody b on b.id = p.bodyId";

    /**
     * From {@code post_seq}, as post ids: bodies that existed before {@code V10} kept their post's id as
     * theirs, and a value of that sequence is never handed out twice.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_body_seq")
    @SequenceGenerator(name = "post_body_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

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
