package io.quire.webhook.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhook endpoints this instance sends to, and the newest deliveries with their attempts. */
@Schema(name = "WebhookLog")
public record WebhookLog(
        @Schema(description = "The endpoints configured on the instance that answered")
        List<WebhookEndpointInfo> endpoints,

        @Schema(description = "Deliveries, newest event first (all instances' deliveries: the log is in the database)")
        List<WebhookDeliveryInfo> deliveries) {}
