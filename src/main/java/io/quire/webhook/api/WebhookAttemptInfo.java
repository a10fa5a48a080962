package io.quire.webhook.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt: when, by which instance, what the receiver answered. */
@Schema(name = "WebhookAttempt")
public record WebhookAttemptInfo(
        @Schema(examples = "1") int attempt,

        Instant startedAt,

        @Schema(examples = "35") long durationMs,

        @Schema(description = "The receiver's HTTP status; null without an answer", examples = "200", nullable = true)
        Integer status,

        @Schema(description = "Why the attempt failed; null when it succeeded", examples = "HTTP 503", nullable = true)
        String error,

        @Schema(description = "The instance that sent it (host name and process id)", examples = "quire-7d9f:1")
        String instance) {}
