package io.quire.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A body row that may be garbage: written by an import outside its transaction, or replaced (or left
 * without its post) by an import's transaction. {@link BodyGenerations#sweep} deletes those no post
 * points at.
 */
@Entity
@Table(name = "post_body_pending")
public class PendingBody {

    @Id
    @Column(name = "body_id")
    public Long bodyId;

    public PendingBody() {}

    PendingBody(Long bodyId) {
        this.bodyId = bodyId;
    }
}
