package io.quire.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The public API as a client sees it: every answer that matters, as comparable text. */
final class ApiClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A few requests at a time, as a browser would send them: the answers are the same, sooner. */
    private final ExecutorService requests = Executors.newFixedThreadPool(3);

    private static final int PAGE_SIZE = 4;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI root;

    ApiClient(URI root) {
        this.root = root;
    }

    /** An answer: status, the headers a client reads, and the body. */
    record Answer(
            int status,
            String etag,
            String contentType,
            String totalCount,
            List<String> links,
            String location,
            String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Answer get(String path) {
        return get(HttpRequest.newBuilder(root.resolve(path)).GET().build());
    }

    /**
     * An answer computed for this request, never one from the response cache: credentials that are
     * not the preview token see the public content, and their responses are not shared.
     */
    Answer fresh(String path) {
        return get(HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer not-the-preview-token")
                .GET()
                .build());
    }

    private Answer get(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("X-Total-Count").orElse(null),
                    response.headers().allValues("Link"),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every public answer worth comparing, found by following the API itself: all list pages in two
     * orders, every post, every tag and its posts, the archive, and a search for the distinctive word
     * of each title (and one word most posts share).
     */
    Set<String> paths(Iterable<String> titleWords) {
        Set<String> paths = new LinkedHashSet<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (String sort : List.of("-date", "title")) {
            for (int page = 1; ; page++) {
                String path = "/api/posts?size=" + PAGE_SIZE + "&sort=" + sort + "&page=" + page;
                paths.add(path);
                JsonNode body = fresh(path).json();
                body.get("items").forEach(item -> slugs.add(item.get("slug").asText()));
                if (page >= body.get("totalPages").asLong()) {
                    break;
                }
            }
        }
        for (String slug : slugs) {
            paths.add("/api/posts/" + encode(slug));
        }
        paths.add("/api/tags");
        for (JsonNode tag : fresh("/api/tags").json()) {
            paths.add("/api/tags/" + encode(tag.get("slug").asText()));
            paths.add("/api/tags/" + encode(tag.get("slug").asText()) + "/posts?size=" + PAGE_SIZE);
        }
        paths.add("/api/archive");
        for (String alias : List.of("old-a", "old-b", "legacy")) {
            paths.add("/api/posts/" + alias);
        }
        paths.add("/api/search?q=quarkus&size=" + PAGE_SIZE);
        paths.add("/api/posts?q=cache%20%7C%20deploy&size=" + PAGE_SIZE);
        for (String word : titleWords) {
            paths.add("/api/search?q=" + encode(word));
        }
        return paths;
    }

    /**
     * The answers to these paths.
     *
     * @param computed whether each answer must be computed for the request (see {@link #fresh}) rather
     *     than possibly served from the response cache
     */
    Map<String, Answer> answers(Set<String> paths, boolean computed) {
        Map<String, CompletableFuture<Answer>> pending = new LinkedHashMap<>();
        for (String path : paths) {
            pending.put(path, CompletableFuture.supplyAsync(() -> computed ? fresh(path) : get(path), requests));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        pending.forEach((path, answer) -> answers.put(path, answer.join()));
        return answers;
    }

    /**
     * Follows a sync from {@code token} through every page into {@code local} (id to post JSON):
     * deleted first, then items. Returns the token for next time.
     */
    String sync(Map<String, String> local, String token) {
        String next = token;
        while (true) {
            Answer answer = get("/api/sync" + (next == null ? "" : "?token=" + encode(next)));
            if (answer.status() != 200) {
                throw new AssertionError("sync answered " + answer.status() + ": " + answer.body());
            }
            JsonNode page = answer.json();
            page.get("deleted")
                    .forEach(deleted -> local.remove(deleted.get("id").asText()));
            page.get("items").forEach(item -> local.put(item.get("id").asText(), item.toString()));
            if (page.hasNonNull("nextPageToken")) {
                next = page.get("nextPageToken").asText();
            } else {
                return page.get("nextToken").asText();
            }
        }
    }

    @Override
    public void close() {
        requests.shutdownNow();
    }

    static List<String> lines(Map<String, String> map) {
        List<String> lines = new ArrayList<>();
        map.forEach((key, value) -> lines.add(key + " " + value));
        return lines;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
