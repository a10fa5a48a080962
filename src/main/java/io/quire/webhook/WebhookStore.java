package io.quire.webhook;

import io.quire.webhook.domain.ContentEvent;
import io.quire.webhook.domain.WebhookAttempt;
import io.quire.webhook.domain.WebhookDelivery;
import io.quire.webhook.domain.WebhookDelivery.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deliveries in the database, shared by every instance: which are due, who sends them (a lease
 * taken with a conditional update, so one instance sends each attempt), what each attempt came to,
 * and pruning of the log.
 */
@ApplicationScoped
@ActivateRequestContext // used by the webhook threads
public class WebhookStore {

    /** A delivery this instance holds the lease of, with what it needs to send it. */
    record Claimed(long id, String endpoint, String messageId, String payload, int attempts) {}

    private final EntityManager em;

    public WebhookStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Ids of deliveries to the named endpoints (those configured here) due now that no instance holds,
     * oldest due first.
     */
    @Transactional
    List<Long> due(Instant now, Collection<String> endpoints, int limit) {
        return em.createQuery(
                        "select d.id from WebhookDelivery d where d.state = :pending and d.nextAttemptAt <= :now"
                                + " and (d.leaseUntil is null or d.leaseUntil < :now) and d.endpoint in :endpoints"
                                + " order by d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter("pending", State.PENDING)
                .setParameter("now", now)
                .setParameter("endpoints", endpoints)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the lease of a due delivery until {@code until}; null when another instance was quicker
     * (PostgreSQL may also refuse the update as a conflict, which the caller treats the same).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Claimed claim(long id, String owner, Instant now, Instant until) {
        int taken = em.createQuery("update WebhookDelivery d set d.leaseOwner = :owner, d.leaseUntil = :until"
                        + " where d.id = :id and d.state = :pending and d.nextAttemptAt <= :now"
                        + " and (d.leaseUntil is null or d.leaseUntil < :now)")
                .setParameter("owner", owner)
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("pending", State.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (taken == 0) {
            return null;
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        ContentEvent event = delivery.event;
        return new Claimed(id, delivery.endpoint, event.messageId, event.payload, delivery.attempts);
    }

    /**
     * Logs an attempt and moves the delivery on: delivered, failed for good ({@code retryAt} null), or
     * pending until {@code retryAt}. Only while this instance still holds the lease.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(Claimed claimed, String owner, WebhookSender.Outcome outcome, Instant retryAt) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claimed.id());
        if (delivery == null || !owner.equals(delivery.leaseOwner)) {
            return; // pruned, or the lease ran out and another instance took it
        }
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attempt = delivery.attempts + 1;
        attempt.startedAt = outcome.startedAt();
        attempt.durationMs = outcome.durationMs();
        attempt.status = outcome.status();
        attempt.error = outcome.error();
        attempt.instance = owner;
        em.persist(attempt);
        delivery.attempts = attempt.attempt;
        delivery.leaseOwner = null;
        delivery.leaseUntil = null;
        if (outcome.delivered() || retryAt == null) {
            delivery.state = outcome.delivered() ? State.DELIVERED : State.FAILED;
            delivery.nextAttemptAt = null;
            delivery.finishedAt = outcome.startedAt().plusMillis(outcome.durationMs());
        } else {
            delivery.nextAttemptAt = retryAt;
        }
    }

    /** A delivery with its event and every attempt, oldest first. */
    public record Logged(WebhookDelivery delivery, ContentEvent event, List<WebhookAttempt> attempts) {}

    /** The newest deliveries (by event, then endpoint), optionally only those in one state. */
    @Transactional
    public List<Logged> recent(int limit, State only) {
        TypedQuery<WebhookDelivery> query = em.createQuery(
                "select d from WebhookDelivery d join fetch d.event e"
                        + (only == null ? "" : " where d.state = :state")
                        + " order by e.id desc, d.endpoint",
                WebhookDelivery.class);
        if (only != null) {
            query.setParameter("state", only);
        }
        return logged(query.setMaxResults(limit).getResultList());
    }

    /**
     * Sends a delivery again now, whatever became of it (one more attempt if it had used them all).
     *
     * @return the delivery, now pending; empty if there is none with this id
     */
    @Transactional
    public Optional<Logged> retryNow(long id, Instant now) {
        List<WebhookDelivery> found = em.createQuery(
                        "select d from WebhookDelivery d join fetch d.event where d.id = :id", WebhookDelivery.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebhookDelivery delivery = found.get(0);
        delivery.state = State.PENDING;
        delivery.nextAttemptAt = now;
        delivery.finishedAt = null;
        return Optional.of(logged(List.of(delivery)).get(0));
    }

    private List<Logged> logged(List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<WebhookAttempt>> attempts = new HashMap<>();
        em.createQuery(
                        "from WebhookAttempt a where a.deliveryId in :ids order by a.deliveryId, a.attempt",
                        WebhookAttempt.class)
                .setParameter("ids", deliveries.stream().map(d -> d.id).toList())
                .getResultStream()
                .forEach(a -> attempts.computeIfAbsent(a.deliveryId, id -> new ArrayList<>())
                        .add(a));
        return deliveries.stream()
                .map(d -> new Logged(d, d.event, attempts.getOrDefault(d.id, List.of())))
                .toList();
    }

    /** Forgets events (and with them their deliveries and attempts) that occurred before {@code cutoff}. */
    @Transactional
    int prune(Instant cutoff) {
        List<Long> old = em.createQuery("select e.id from ContentEvent e where e.occurredAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from WebhookAttempt a where a.deliveryId in"
                        + " (select d.id from WebhookDelivery d where d.event.id in :old)")
                .setParameter("old", old)
                .executeUpdate();
        em.createQuery("delete from WebhookDelivery d where d.event.id in :old")
                .setParameter("old", old)
                .executeUpdate();
        return em.createQuery("delete from ContentEvent e where e.id in :old")
                .setParameter("old", old)
                .executeUpdate();
    }
}
