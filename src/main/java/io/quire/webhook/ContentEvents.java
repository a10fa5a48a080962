package io.quire.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.changes.ChangeSet;
import io.quire.changes.ContentChanges;
import io.quire.content.ContentState;
import io.quire.content.store.AdvisoryLock;
import io.quire.post.domain.PostRepository;
import io.quire.webhook.domain.ContentEvent;
import io.quire.webhook.domain.EventCursor;
import io.quire.webhook.domain.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns changes of the public content into events, one per change seen: between the point the last
 * event went up to (the cursor: a content version and a visibility time) and now. Every serving
 * instance tries; the one whose conditional update of the cursor succeeds emits the event and its
 * deliveries in the same transaction, so each change becomes exactly one event whichever instance
 * (or the {@code import} command) made it. On PostgreSQL the instances take turns (the advisory lock
 * {@link AdvisoryLock#EVENTS}, held for the transaction), so the update never conflicts. A change that no public client could see (a draft edited) moves the
 * cursor and emits nothing.
 */
@ApplicationScoped
@ActivateRequestContext // used by the webhook thread
public class ContentEvents {

    public static final String TYPE = "content.changed";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final EntityManager em;
    private final PostRepository posts;
    private final ContentChanges changes;
    private final WebhookEndpoints endpoints;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean postgres;

    public ContentEvents(
            EntityManager em,
            PostRepository posts,
            ContentChanges changes,
            WebhookEndpoints endpoints,
            ObjectMapper json,
            Clock clock,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.posts = posts;
        this.changes = changes;
        this.endpoints = endpoints;
        this.json = json;
        this.clock = clock;
        this.postgres = dbKind.startsWith("postgres");
    }

    /**
     * Emits the event of the change since the cursor, if there is one and this instance gets to.
     *
     * @return the event emitted by this call
     */
    @Transactional
    public Optional<ContentEvent> emit() {
        if (postgres) {
            // One emitter at a time across instances, reading what is committed now: so the cursor's
            // update never conflicts with another instance's (which REPEATABLE READ would refuse with
            // a serialization error). An instance that does not get the lock leaves the change to the
            // one that has it, and looks again at its next poll.
            em.createNativeQuery("set transaction isolation level read committed")
                    .executeUpdate();
            if (!AdvisoryLock.EVENTS.tryForTransaction(em)) {
                return Optional.empty();
            }
        }
        EventCursor cursor = em.find(EventCursor.class, EventCursor.ROW);
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        Instant now = clock.instant();
        // The visibility time, as sync tokens have it: the last publication or expiry that has passed.
        Instant visibleAt = posts.lastVisibilityChange(now)
                .filter(passed -> passed.isAfter(cursor.visibleAt))
                .orElse(cursor.visibleAt);
        if (state.version == cursor.version && visibleAt.equals(cursor.visibleAt)) {
            return Optional.empty();
        }
        ChangeSet changeSet = changes.between(cursor.version, cursor.visibleAt, state.version, visibleAt, now);
        int moved = em.createQuery("update EventCursor c set c.version = :version, c.visibleAt = :now"
                        + " where c.id = :row and c.version = :seenVersion and c.visibleAt = :seenAt")
                .setParameter("version", state.version)
                .setParameter("now", visibleAt)
                .setParameter("row", EventCursor.ROW)
                .setParameter("seenVersion", cursor.version)
                .setParameter("seenAt", cursor.visibleAt)
                .executeUpdate();
        if (moved != 1 || changeSet.isEmpty() || !endpoints.any()) {
            return Optional.empty();
        }
        ContentEvent event = new ContentEvent();
        event.messageId = messageId();
        event.type = TYPE;
        event.fromVersion = changeSet.fromVersion();
        event.toVersion = changeSet.toVersion();
        event.occurredAt = now;
        event.payload = payload(changeSet, now);
        em.persist(event);
        for (WebhookEndpoints.Endpoint endpoint : endpoints.all()) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.event = event;
            delivery.endpoint = endpoint.name();
            delivery.url = endpoint.url().toString();
            delivery.state = WebhookDelivery.State.PENDING;
            delivery.nextAttemptAt = now;
            em.persist(delivery);
        }
        return Optional.of(event);
    }

    /** The body sent, in the Standard Webhooks shape: {@code type}, {@code timestamp}, {@code data}. */
    private String payload(ChangeSet changeSet, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fromVersion", changeSet.fromVersion());
        data.put("version", changeSet.toVersion());
        data.put("changed", changeSet.changed());
        data.put("deleted", changeSet.deleted());
        data.put("truncated", changeSet.truncated());
        data.put("surrogateKeys", changeSet.surrogateKeys());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("timestamp", now.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code msg_} and 26 random base32 characters (130 bits): unique across databases too. */
    private static String messageId() {
        StringBuilder id = new StringBuilder("msg_");
        for (int i = 0; i < 26; i++) {
            id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return id.toString();
    }
}
