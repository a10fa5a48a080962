package io.quire.webhook.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event sent (or being sent) to one endpoint, with every attempt. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryInfo(
        @Schema(description = "The delivery's id (for retrying it)", examples = "12")
        long id,

        @Schema(
                description = "The event's webhook-id header, the same for every endpoint and attempt",
                examples = "msg_2k3m9x0v1q5r7t8w4y6z0b1c2d")
        String messageId,

        @Schema(description = "The event type", examples = "content.changed")
        String type,

        @Schema(description = "Content version before the change", examples = "41")
        long fromVersion,

        @Schema(description = "Content version after the change", examples = "42")
        long version,

        @Schema(description = "When the change was seen") Instant occurredAt,

        @Schema(description = "The endpoint's name", examples = "site")
        String endpoint,

        @Schema(description = "The URL it was sent to") String url,

        @Schema(
                description = "pending (nextAttemptAt says when), delivered, or failed (given up)",
                enumeration = {"pending", "delivered", "failed"})
        String state,

        @Schema(description = "Attempts made", examples = "1")
        int attempts,

        @Schema(description = "When the next attempt is due; null unless pending", nullable = true)
        Instant nextAttemptAt,

        @Schema(description = "When it was delivered or given up; null while pending", nullable = true)
        Instant finishedAt,

        @Schema(description = "Every attempt, oldest first") List<WebhookAttemptInfo> log) {}
