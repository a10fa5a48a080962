package io.quire.post.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Something a post's links may lead to: a content path (a post's file or an asset) or a {@code stem:}
 * name (see {@code io.quire.link.LinkResolver#dependencies}).
 */
@Entity
@Table(name = "post_link")
public class PostLink {

    @EmbeddedId
    public Key key;

    @Embeddable
    public record Key(
            @Column(name = "post_id") Long postId,
            @Column(name = "target") String target) implements Serializable {}

    public static PostLink of(long postId, String target) {
        PostLink link = new PostLink();
        link.key = new Key(postId, target);
        return link;
    }
}
