package io.quire.webhook.api;

import io.quire.admin.AdminAccess;
import io.quire.web.NotFoundProblem;
import io.quire.web.ParameterValue;
import io.quire.web.PostRoute;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import io.quire.webhook.WebhookEndpoints;
import io.quire.webhook.WebhookStore;
import io.quire.webhook.domain.WebhookDelivery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhook delivery log, and sending a delivery again. */
@Path(AdminWebhookResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = AdminAccess.SCHEME)
public class AdminWebhookResource implements PostRoute {

    public static final String PATH = "/api/admin/webhooks";
    public static final String RETRY_PATH = "/deliveries/{id}/retry";

    private static final Pattern RETRY = Pattern.compile(Pattern.quote(PATH) + "/deliveries/[^/]+/retry");

    @Override
    public boolean acceptsPost(String rawPath) {
        return RETRY.matcher(rawPath).matches();
    }

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final String LIMIT_DESCRIPTION = "How many deliveries, newest first (1-" + MAX_LIMIT + ")";
    private static final String STATE_DESCRIPTION = "Only deliveries in this state";

    /*
     * The parameters, read by QueryReader like every other endpoint's. Their OpenAPI text stays in the
     * method's annotations: written from these declarations (as web.openapi.QueryParameters writes the
     * others) the document would change its layout, and limit's schema would gain its bounds.
     */
    static final QueryParameter LIMIT =
            QueryParameter.single("limit", LIMIT_DESCRIPTION, ParameterValue.integer(1, MAX_LIMIT));
    static final QueryParameter STATE = QueryParameter.single(
            "state", STATE_DESCRIPTION, ParameterValue.oneOf(List.of("pending", "delivered", "failed")));

    private final AdminAccess access;
    private final WebhookStore store;
    private final WebhookEndpoints endpoints;
    private final Clock clock;

    public AdminWebhookResource(AdminAccess access, WebhookStore store, WebhookEndpoints endpoints, Clock clock) {
        this.access = access;
        this.store = store;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getWebhookLog",
            summary = "The webhook delivery log",
            description = "The endpoints configured here and the newest deliveries of content events, each with every"
                    + " attempt (status, error, duration, sending instance).")
    @APIResponse(
            responseCode = "200",
            description = "The log",
            content = @Content(schema = @Schema(implementation = WebhookLog.class)))
    @APIResponse(
            responseCode = "400",
            description = "limit or state has a value the API cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookLog log(
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
            @QueryParam("limit")
                    @Parameter(
                            description = LIMIT_DESCRIPTION,
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "" + DEFAULT_LIMIT))
                    String limit,
            @QueryParam("state")
                    @Parameter(
                            description = STATE_DESCRIPTION,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"pending", "delivered", "failed"}))
                    String state,
            @Context UriInfo uri) {
        access.check(authorization);
        QueryReader reader = QueryReader.of(uri);
        int size = reader.integer(LIMIT, limit, MAX_LIMIT, DEFAULT_LIMIT);
        WebhookDelivery.State only = state(state, reader);
        reader.done();
        return new WebhookLog(
                endpoints.all().stream()
                        .map(e -> new WebhookEndpointInfo(e.name(), e.url().toString()))
                        .toList(),
                store.recent(size, only).stream()
                        .map(AdminWebhookResource::info)
                        .toList());
    }

    @POST
    @Path(RETRY_PATH)
    @Operation(
            operationId = "retryWebhookDelivery",
            summary = "Send a delivery again now",
            description = "Makes the delivery pending and due now, whatever its state: a failed one gets one more"
                    + " attempt, a delivered one is sent again (receivers deduplicate by webhook-id).")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, pending",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryInfo.class)))
    @APIResponse(
            responseCode = "404",
            description = "The admin API is off, or there is no delivery with this id (the log keeps"
                    + " quire.webhooks.log-retention)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookDeliveryInfo retry(
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
            @PathParam("id") @Parameter(description = "The delivery's id", schema = @Schema(type = SchemaType.INTEGER))
                    String id) {
        access.check(authorization);
        long deliveryId;
        try {
            deliveryId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundProblem("There is no webhook delivery '" + id + "'.");
        }
        return store.retryNow(deliveryId, clock.instant())
                .map(AdminWebhookResource::info)
                .orElseThrow(() -> new NotFoundProblem("There is no webhook delivery " + id + "."));
    }

    private static WebhookDeliveryInfo info(WebhookStore.Logged logged) {
        WebhookDelivery delivery = logged.delivery();
        return new WebhookDeliveryInfo(
                delivery.id,
                logged.event().messageId,
                logged.event().type,
                logged.event().fromVersion,
                logged.event().toVersion,
                logged.event().occurredAt,
                delivery.endpoint,
                delivery.url,
                delivery.state.name().toLowerCase(Locale.ROOT),
                delivery.attempts,
                delivery.nextAttemptAt,
                delivery.finishedAt,
                logged.attempts().stream()
                        .map(a -> new WebhookAttemptInfo(
                                a.attempt, a.startedAt, a.durationMs, a.status, a.error, a.instance))
                        .toList());
    }

    /** The state asked for, in any case, or null for every state. */
    private static WebhookDelivery.State state(String value, QueryReader reader) {
        if (QueryReader.blank(value)) {
            return null;
        }
        List<String> allowed = STATE.value().allowed();
        String name = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(name)) {
            String others = String.join(", ", allowed.subList(0, allowed.size() - 1));
            reader.reject(
                    STATE,
                    "must be " + others + " or " + allowed.get(allowed.size() - 1) + ", was "
                            + QueryReader.quoted(value));
            return null;
        }
        return WebhookDelivery.State.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
