package io.quire.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sends one attempt of a webhook: a POST of the event's payload with the Standard Webhooks headers,
 * signed for the attempt's time. A 2xx answer delivers it; anything else (another status, a
 * redirect, which is not followed, a timeout, a refused connection) is a failed attempt.
 */
final class WebhookSender {

    static final String USER_AGENT = "Quire-Webhooks/1";

    /** What one attempt came to. */
    record Outcome(Instant startedAt, long durationMs, Integer status, String error, OptionalLong retryAfterSeconds) {

        boolean delivered() {
            return error == null;
        }

        /** 410 Gone: the receiver wants no more webhooks (Standard Webhooks: stop sending). */
        boolean gone() {
            return status != null && status == 410;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    WebhookSender(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(WebhookEndpoints.Endpoint endpoint, String messageId, String payload) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(started.getEpochSecond()))
                .header("webhook-signature", endpoint.signer().sign(messageId, started.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "HTTP " + status;
            return new Outcome(
                    started,
                    millisSince(startNanos),
                    status,
                    error,
                    retryAfter(response.headers().firstValue("Retry-After")));
        } catch (HttpTimeoutException e) {
            return failed(started, startNanos, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return failed(started, startNanos, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, startNanos, "interrupted (the instance is stopping)");
        }
    }

    private static Outcome failed(Instant started, long startNanos, String error) {
        return new Outcome(started, millisSince(startNanos), null, error, OptionalLong.empty());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Retry-After in seconds; the HTTP-date form is rare from webhook receivers and is ignored. */
    private static OptionalLong retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long seconds = Long.parseLong(header.get().strip());
            return seconds >= 0 ? OptionalLong.of(seconds) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
