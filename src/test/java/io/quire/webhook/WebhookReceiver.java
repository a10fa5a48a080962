package io.quire.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for tests, on loopback: records every request per path, checks each signature
 * the way a Standard Webhooks consumer does (its own HMAC code, not Quire's), and answers each path
 * with the statuses it was told to, in turn (200 once they run out).
 */
final class WebhookReceiver {

    /** One request as received. */
    record Received(String path, String id, long timestamp, String signature, String body, boolean signatureValid) {}

    private final HttpServer server;
    private final byte[] key;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    WebhookReceiver(String secret) {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            long seconds = timestamp == null ? -1 : Long.parseLong(timestamp);
            received.add(new Received(path, id, seconds, signature, body, verify(id, timestamp, body, signature)));
            int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
            List<Integer> statuses = answers.getOrDefault(path, List.of());
            int status = n < statuses.size() ? statuses.get(n) : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The statuses {@code path} answers its next requests with, one each, before answering 200 again. */
    void answer(String path, Integer... statuses) {
        counts.put(path, new AtomicInteger());
        answers.put(path, List.of(statuses));
    }

    List<Received> at(String path) {
        List<Received> at = new ArrayList<>();
        for (Received r : received) {
            if (r.path().equals(path)) {
                at.add(r);
            }
        }
        return at;
    }

    private boolean verify(String id, String timestamp, String body, String header) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : header.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
