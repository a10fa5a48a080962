package io.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentVersion;
import io.quire.content.importer.ImportService;
import io.quire.model.ApiClient.Answer;
import io.quire.search.index.SearchIndex;
import io.quire.support.SuiteProfile;
import io.quire.support.TestFolders;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reads under load while imports run (bounded, over loopback): no answer is a 5xx, no page's items
 * disagree with its own total, and once the search index of an import has been built no search
 * answers from an older one (nor from a cache filled from an older one).
 *
 * <p>Each round of imports marks a few posts with a word of its own ({@code roundN}, kept in later
 * rounds) and creates and deletes others. A search for {@code roundK} made after round K's index was
 * built must find exactly the posts round K marked.
 */
@QuarkusTest
@TestProfile(ReadsDuringImportsTest.Profile.class)
class ReadsDuringImportsTest {

    private static final int ROUNDS = 16;
    private static final int MARKED = 24;
    private static final int READERS = 3;

    public static class Profile extends SuiteProfile {

        static final Path ROOT = folder();

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quire.content.dir", ROOT.toString());
            // Searches made while an index is built answer from the previous one at once.
            config.put("quire.search.fresh-index-wait", "0s");
            return config;
        }

        private static Path folder() {
            Path root = TestFolders.create("quire-load-");
            for (int i = 0; i < MARKED; i++) {
                TestFolders.write(root, "marked/m-" + i + ".md", marked(i, List.of()));
            }
            return root;
        }
    }

    @Inject
    ImportService imports;

    @Inject
    ContentVersion contentVersion;

    @Inject
    SearchIndex searchIndex;

    @TestHTTPResource("/")
    URL root;

    /** The last round whose search index has been built. */
    private volatile int indexedRound;

    private volatile boolean importing = true;

    @Test
    void readsDuringImportsAreWholeAndSearchIsNeverOlderThanTheLastBuiltIndex() throws Exception {
        Random random = new Random(11);
        Map<Integer, Integer> markedPerRound = new ConcurrentHashMap<>();
        Map<Integer, List<String>> markers = new HashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        try (ApiClient api = new ApiClient(root.toURI())) {
            for (int reader = 0; reader < READERS; reader++) {
                long seed = reader;
                running.add(readers.submit(() -> read(api, new Random(seed), markedPerRound, failures, reads)));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                int count = 2 + round % 5;
                List<Integer> chosen = new ArrayList<>();
                while (chosen.size() < count) {
                    int post = random.nextInt(MARKED);
                    if (!chosen.contains(post)) {
                        chosen.add(post);
                    }
                }
                for (int post : chosen) {
                    markers.computeIfAbsent(post, p -> new ArrayList<>()).add("round" + round);
                    TestFolders.write(Profile.ROOT, "marked/m-" + post + ".md", marked(post, markers.get(post)));
                }
                for (int i = 0; i < 6; i++) {
                    TestFolders.write(
                            Profile.ROOT,
                            "churn/c-" + round + "-" + i + ".md",
                            "---\ntitle: Churn " + round + " " + i + "\ndate: 2025-01-" + (10 + i)
                                    + "\n---\nChurn of round " + round + ".\n");
                }
                if (round > 2) {
                    for (int i = 0; i < 6; i++) {
                        Files.deleteIfExists(Profile.ROOT.resolve("churn/c-" + (round - 2) + "-" + i + ".md"));
                    }
                }
                markedPerRound.put(round, count);
                // Let the readers go on for a while between imports, as a site's readers do.
                int before = reads.get();
                for (int wait = 0; wait < 100 && reads.get() - before < 40; wait++) {
                    Thread.sleep(10);
                }
                imports.importNow(false);
                long version = contentVersion.storedVersion();
                while (searchIndex.snapshot().version() < version) {
                    Thread.sleep(5);
                }
                indexedRound = round;
            }
            Thread.sleep(300);
            importing = false;
            for (Future<?> reader : running) {
                reader.get();
            }
        } finally {
            importing = false;
            readers.shutdownNow();
        }
        System.out.printf("%d reads during %d imports%n", reads.get(), ROUNDS);
        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(reads.get() > 100, "too few reads: " + reads.get());
    }

    private void read(
            ApiClient api,
            Random random,
            Map<Integer, Integer> markedPerRound,
            ConcurrentLinkedQueue<String> failures,
            AtomicInteger reads) {
        while (importing && failures.size() < 20) {
            int indexed = indexedRound;
            String path;
            Integer expected = null;
            switch (random.nextInt(5)) {
                case 0 -> path = "/api/posts?size=7&page=" + (1 + random.nextInt(6));
                case 1 -> path = "/api/posts?size=5&sort=title&page=" + (1 + random.nextInt(8));
                case 2 -> path = "/api/posts?q=churn&size=4&page=" + (1 + random.nextInt(4));
                default -> {
                    int round = indexed == 0 ? 1 : 1 + random.nextInt(indexed);
                    path = "/api/search?q=round" + round + "&size=3&page=" + (1 + random.nextInt(2));
                    expected = round <= indexed ? markedPerRound.get(round) : null;
                }
            }
            Answer answer = api.get(path);
            reads.incrementAndGet();
            String problem = check(path, answer, expected);
            if (problem != null) {
                failures.add(problem);
            }
        }
    }

    /** What is wrong with an answer, or null. */
    private static String check(String path, Answer answer, Integer expectedTotal) {
        if (answer.status() >= 500 || answer.status() != 200) {
            return path + ": status " + answer.status() + " " + answer.body();
        }
        JsonNode page = answer.json();
        long total = page.get("totalItems").asLong();
        int size = page.get("size").asInt();
        long offset = (page.get("page").asLong() - 1) * size;
        long expectedItems = Math.max(0, Math.min(size, total - offset));
        if (page.get("items").size() != expectedItems) {
            return path + ": " + page.get("items").size() + " items, totalItems " + total;
        }
        if (!String.valueOf(total).equals(answer.totalCount())) {
            return path + ": X-Total-Count " + answer.totalCount() + ", totalItems " + total;
        }
        if (expectedTotal != null && total != expectedTotal) {
            return path + ": " + total + " hits after its index was built, expected " + expectedTotal;
        }
        return null;
    }

    private static String marked(int post, List<String> markers) {
        return "---\ntitle: Marked " + post + "\ndate: 2024-02-" + (10 + post % 15) + "\n---\nA marked post"
                + (markers.isEmpty() ? "" : ": " + String.join(" ", markers)) + ".\n";
    }
}
