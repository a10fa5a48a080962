package io.quire.webhook.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far content events have been emitted: the content version and visibility time the last event
 * went up to. One row, moved with a compare-and-set, so that one instance emits each event.
 */
@Entity
@Table(name = "content_event_cursor")
public class EventCursor extends PanacheEntityBase {

    public static final int ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public long version;

    @Column(name = "visible_at", nullable = false)
    public Instant visibleAt;
}
