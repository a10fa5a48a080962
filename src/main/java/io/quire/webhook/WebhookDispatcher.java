package io.quire.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import io.quire.content.ContentChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends webhooks from a serving instance that has endpoints configured: every {@code
 * quire.content.poll-interval}, and at once when this instance sees the content change, it emits
 * the pending content event (if this instance is the one to) and sends the deliveries that are due,
 * a few at a time, each under a lease so that no two instances send the same attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final int SENDERS = 4;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final WebhookEndpoints endpoints;
    private final WebhookStore store;
    private final ContentEvents events;
    private final QuireConfig config;
    private final Clock clock;
    private final String instance = InstanceName.of();
    private final RetrySchedule schedule;
    private final WebhookSender sender;
    private final Map<String, WebhookEndpoints.Endpoint> byName;
    private volatile ScheduledExecutorService loop;
    private ExecutorService senders;
    private Instant lastPrune = Instant.EPOCH;

    public WebhookDispatcher(
            WebhookEndpoints endpoints, WebhookStore store, ContentEvents events, QuireConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.store = store;
        this.events = events;
        this.config = config;
        this.clock = clock;
        QuireConfig.Webhooks settings = config.webhooks();
        this.schedule = new RetrySchedule(
                settings.retryBackoff(),
                settings.maxBackoff(),
                settings.maxAttempts(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.sender = new WebhookSender(settings.timeout(), clock);
        this.byName = endpoints.all().stream()
                .collect(Collectors.toUnmodifiableMap(WebhookEndpoints.Endpoint::name, Function.identity()));
    }

    /** Starts after the startup import; only in a process that serves (not the import command). */
    void start(
            @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 10) StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (!serving || !endpoints.any()) {
            return;
        }
        senders = Executors.newFixedThreadPool(SENDERS, daemon("quire-webhook-send"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("quire-webhooks"));
        long every = config.content().pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
        loop = scheduler;
        LOG.infof("Sending webhooks to %s as %s", byName.keySet(), instance);
    }

    void stop(@Observes ShutdownEvent event) {
        ScheduledExecutorService scheduler = loop;
        if (scheduler != null) {
            scheduler.shutdownNow();
            senders.shutdownNow();
        }
    }

    /** The content changed here (an import, a scheduled post's time): emit and send now. */
    void onContentChanged(@Observes ContentChanged changed) {
        ScheduledExecutorService scheduler = loop;
        if (scheduler != null) {
            try {
                scheduler.execute(this::tick);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping
            }
        }
    }

    private void tick() {
        try {
            events.emit();
        } catch (RuntimeException e) {
            // Another instance emitted it first (PostgreSQL reports the conflict), or the database is down.
            LOG.debugf("No content event emitted: %s", e.getMessage());
        }
        try {
            deliverDue();
            pruneNow();
        } catch (RuntimeException e) {
            LOG.warnf("Sending webhooks failed, trying again: %s", e.getMessage());
        }
    }

    private void deliverDue() {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (Long id : store.due(now, byName.keySet(), BATCH)) {
            WebhookStore.Claimed claimed = claim(id, now);
            if (claimed != null) {
                sending.add(CompletableFuture.runAsync(() -> deliver(claimed), senders));
            }
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
    }

    private WebhookStore.Claimed claim(long id, Instant now) {
        Instant until = now.plus(config.webhooks().timeout()).plusSeconds(30);
        try {
            return store.claim(id, instance, now, until);
        } catch (RuntimeException e) {
            return null; // another instance took it at the same moment
        }
    }

    private void deliver(WebhookStore.Claimed claimed) {
        WebhookEndpoints.Endpoint endpoint = byName.get(claimed.endpoint());
        WebhookSender.Outcome outcome = sender.send(endpoint, claimed.messageId(), claimed.payload());
        int attempts = claimed.attempts() + 1;
        Optional<Duration> wait = outcome.delivered() || outcome.gone()
                ? Optional.empty()
                : schedule.next(attempts, outcome.retryAfterSeconds());
        Instant retryAt = wait.map(w -> clock.instant().plus(w)).orElse(null);
        store.record(claimed, instance, outcome, retryAt);
        if (outcome.delivered()) {
            LOG.debugf(
                    "Webhook %s delivered to %s (%d ms)", claimed.messageId(), endpoint.name(), outcome.durationMs());
        } else if (retryAt == null) {
            LOG.warnf(
                    "Webhook %s to %s failed for good after %d attempt(s): %s",
                    claimed.messageId(), endpoint.name(), attempts, outcome.error());
        } else {
            LOG.infof(
                    "Webhook %s to %s failed (%s); attempt %d at %s",
                    claimed.messageId(), endpoint.name(), outcome.error(), attempts + 1, retryAt);
        }
    }

    private void pruneNow() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        int pruned = store.prune(now.minus(config.webhooks().logRetention()));
        if (pruned > 0) {
            LOG.infof(
                    "Forgot %d content event(s) older than %s",
                    pruned, config.webhooks().logRetention());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
