package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A tag of a post, keeping the position the author gave it in the front matter. */
@Entity
@Table(name = "post_tag")
public class PostTag extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    /** The tag as this post writes it. */
    @Column(nullable = false)
    public String name;

    public static PostTag of(long postId, long tagId, int position, String name) {
        PostTag postTag = new PostTag();
        postTag.key = new Key(postId, tagId);
        postTag.position = position;
        postTag.name = name;
        return postTag;
    }

    @Embeddable
    public record Key(
            @Column(name = "post_id") Long postId,
            @Column(name = "tag_id") Long tagId) implements Serializable {}
}
