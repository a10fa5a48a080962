package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug that redirects to a post: one of its front matter aliases, or a slug it had before. */
@Entity
@Table(name = "post_alias")
public class PostAlias extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "post_id", nullable = false)
    public Long postId;

    public static PostAlias of(String slug, long postId) {
        PostAlias alias = new PostAlias();
        alias.slug = slug;
        alias.postId = postId;
        return alias;
    }
}
