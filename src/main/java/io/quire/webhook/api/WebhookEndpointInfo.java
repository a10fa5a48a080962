package io.quire.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A configured endpoint (its secret is never shown). */
@Schema(name = "WebhookEndpoint")
public record WebhookEndpointInfo(
        @Schema(description = "Its name in quire.webhooks.endpoints.<name>", examples = "site")
        String name,

        @Schema(description = "Where deliveries are POSTed", examples = "https://example.com/api/revalidate")
        String url) {}
