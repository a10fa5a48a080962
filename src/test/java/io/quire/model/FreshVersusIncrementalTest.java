package io.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentProblem;
import io.quire.content.ContentVersion;
import io.quire.content.importer.ImportReport;
import io.quire.content.importer.ImportService;
import io.quire.model.ApiClient.Answer;
import io.quire.search.index.SearchIndex;
import io.quire.support.MovableClock;
import io.quire.support.SuiteProfile;
import io.quire.support.TestFolders;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The promise that the database is an index of the files, tested as a model: seeded random edits
 * (see {@link ContentModel}) are applied to a folder, with an incremental import after each. After
 * every step at which no file is in error (a broken file's last good version is history by design),
 * every public answer (all list pages in two orders, every post, every tag and its posts, the
 * archive, searches for a word of each title) equals the answer of a fresh import of the same folder
 * into an empty database, and so does a client's copy kept by replaying sync from the previous step.
 * After every step, a cached answer equals the uncached one.
 *
 * <p>{@code -Dmodel.seed=N} replays another history, {@code -Dmodel.steps=N} sets its
 * length.
 */
@QuarkusTest
@TestProfile(FreshVersusIncrementalTest.Profile.class)
class FreshVersusIncrementalTest {

    static final long SEED = Long.getLong("model.seed", 20261201L);
    static final int STEPS = Integer.getInteger("model.steps", 200);

    /** Versions of the fresh databases: never one the incremental database has. */
    private static final long FRESH_VERSIONS = 1_000_000;

    public static class Profile extends SuiteProfile {

        static final Path ROOT = TestFolders.create("quire-model-");

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quire.content.dir", ROOT.toString());
            config.put("quire.content.poll-interval", "1h");
            config.put("quire.search.fresh-index-wait", "60s");
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    @Inject
    ImportService imports;

    @Inject
    ContentVersion contentVersion;

    @Inject
    SearchIndex searchIndex;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyHistoryEndsWhereAFreshImportOfTheSameFolderDoes() throws URISyntaxException {
        long started = System.nanoTime();
        try (ApiClient api = new ApiClient(root.toURI())) {
            run(api, started);
        }
    }

    private void run(ApiClient api, long started) {
        ContentModel model = new ContentModel(Profile.ROOT, SEED);
        Random repairs = new Random(SEED + 1);
        DatabaseSwap swap = new DatabaseSwap(em);
        Map<String, String> client = new TreeMap<>();
        String token = null;
        List<String> history = new ArrayList<>();
        int compared = 0;
        int answers = 0;
        for (int step = 1; step <= STEPS; step++) {
            history.add(step + ": " + model.step());
            ImportReport report = importAndSettle();
            // Authors fix what the report says, often at once: most steps end without errors.
            boolean repaired = false;
            for (String failed : failedPaths(report)) {
                if (model.paths().contains(failed) && repairs.nextInt(10) < 6) {
                    history.add(step + ": " + model.repair(failed));
                    repaired = true;
                }
            }
            if (repaired) {
                report = importAndSettle();
            }
            final int at = step;
            Set<String> paths = api.paths(titleWords(model));
            // The first request of a path may compute and keep its answer; the second is served from
            // the response cache.
            Map<String, Answer> first = api.answers(paths, false);
            Map<String, Answer> cached = api.answers(paths, false);
            for (String path : paths) {
                assertSame(first.get(path), cached.get(path), "cached " + path, step, history);
            }
            answers += 2 * paths.size();
            token = api.sync(client, token);
            if (report.failed() > 0) {
                Map<String, Answer> uncached = api.answers(paths, true);
                for (String path : paths) {
                    assertSame(uncached.get(path), cached.get(path), "cached " + path, step, history);
                }
                answers += paths.size();
                continue;
            }
            // The fresh database's answers are computed (its content version is new, the cache empty):
            // equal to the cached ones, they are also what an uncached request gets.
            swap.setAsideAndEmpty(FRESH_VERSIONS + step);
            ImportReport fresh = importAndSettle();
            Map<String, Answer> freshAnswers = api.answers(paths, false);
            Map<String, String> freshCopy = new TreeMap<>();
            api.sync(freshCopy, null);
            swap.restore();
            settle();

            assertEquals(
                    0,
                    fresh.failed(),
                    () -> "a fresh import failed where the incremental one did not, " + explain(at, history)
                            + fresh.problems());
            for (String path : paths) {
                assertSame(freshAnswers.get(path), cached.get(path), path, step, history);
            }
            assertEquals(
                    ApiClient.lines(freshCopy),
                    ApiClient.lines(client),
                    () -> "the synced copy differs from the published posts: " + explain(at, history));
            compared++;
            answers += paths.size();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf(
                "Model of %d steps (seed %d): %d compared with a fresh import, %d answers, %d s%n",
                STEPS, SEED, compared, answers, seconds);
        assertTrue(compared >= STEPS / 3, "too few steps without errors to compare: " + compared);
    }

    private ImportReport importAndSettle() {
        ImportReport report = imports.importNow(false);
        settle();
        return report;
    }

    /** The content version seen, and the search index built for it, as a reader after an import finds them. */
    private void settle() {
        contentVersion.refresh();
        for (int attempt = 0; attempt < 20; attempt++) {
            if (searchIndex.refresh().join().version() == contentVersion.storedVersion()) {
                return;
            }
        }
        throw new AssertionError("the search index never caught up with version " + contentVersion.storedVersion());
    }

    private static Set<String> failedPaths(ImportReport report) {
        Set<String> paths = new LinkedHashSet<>();
        for (ContentProblem problem : report.problems()) {
            if (problem.severity() == ContentProblem.Severity.ERROR) {
                paths.add(problem.path());
            }
        }
        return paths;
    }

    private static List<String> titleWords(ContentModel model) {
        List<String> words = new ArrayList<>();
        model.files().values().forEach(doc -> words.add(doc.word()));
        return words;
    }

    private static void assertSame(Answer expected, Answer actual, String what, int step, List<String> history) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + " differs at " + explain(step, history) + "\n expected: " + expected
                    + "\n   actual: " + actual);
        }
    }

    private static String explain(int step, List<String> history) {
        return "step " + step + " (seed " + SEED + ", clock " + MovableClock.now() + "); last steps:\n  "
                + String.join("\n  ", history.subList(Math.max(0, history.size() - 12), history.size())) + "\n";
    }
}
