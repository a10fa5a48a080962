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

    /** A slug the post had before, rather than one of its front matter aliases. */
    @Column(name = "former_slug", nullable = false)
    public boolean formerSlug;

    public static PostAlias of(String slug, long postId, boolean formerSlug) {
        PostAlias alias = new PostAlias();
        alias.slug = slug;
        alias.postId = postId;
        alias.formerSlug = formerSlug;
        return alias;
    }
}
