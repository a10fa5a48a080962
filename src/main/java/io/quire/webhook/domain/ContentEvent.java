package io.quire.webhook.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of the public content, as sent to every webhook endpoint (the payload, byte for byte). */
@Entity
@Table(name = "content_event")
public class ContentEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_event_seq")
    @SequenceGenerator(name = "content_event_seq", sequenceName = "content_event_seq", allocationSize = 1)
    public Long id;

    /** The {@code webhook-id}: the same for every endpoint and every attempt (an idempotency key). */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(nullable = false)
    public String type;

    @Column(name = "from_version", nullable = false)
    public long fromVersion;

    @Column(name = "to_version", nullable = false)
    public long toVersion;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String payload;
}
