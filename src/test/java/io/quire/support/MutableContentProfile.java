package io.quire.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs the application over a private copy of the fixture content root that tests may edit, with a
 * preview token and an admin token. Each profile class gets a copy of its own ({@link #root(Class)}),
 * so that no two boots share a folder; a subclass that writes its own content overrides {@link
 * #root()}.
 */
public class MutableContentProfile extends SuiteProfile {

    public static final String PREVIEW_TOKEN = "test-preview-token";
    public static final String ADMIN_TOKEN = "test-admin-token";

    private static final Map<Class<?>, Path> ROOTS = new ConcurrentHashMap<>();

    /** The content root of {@code profile}: a copy of the fixture of its own, made when first asked for. */
    public static Path root(Class<? extends MutableContentProfile> profile) {
        return ROOTS.computeIfAbsent(profile, p -> copyFixture());
    }

    protected Path root() {
        return root(getClass());
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("quire.content.dir", root().toString());
        config.put("quire.content.poll-interval", "200ms");
        config.put("quire.preview.token", PREVIEW_TOKEN);
        config.put("quire.admin.token", ADMIN_TOKEN);
        return config;
    }

    /** Watch mode on. */
    public static class Watching extends MutableContentProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quire.content.watch", "true");
            // Longer than any pause between the writes of WatchModeTest's stream of changes, so that only
            // the maximum delay can start an import while the stream lasts.
            config.put("quire.content.watch-debounce", "3s");
            config.put("quire.content.watch-max-delay", "500ms");
            return config;
        }
    }

    /** Small sync pages. */
    public static class Syncing extends MutableContentProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quire.sync.page-size", "3");
            return config;
        }
    }

    /**
     * Hostile files and database faults: imports the database refuses are tried
     * again quickly, an admin import waits at most a second for another one, and sync pages are cut at
     * 3,000 characters of content.
     */
    public static class Hardening extends MutableContentProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quire.content.retry-interval", "300ms");
            config.put("quire.admin.import-wait", "1s");
            config.put("quire.sync.max-page-bytes", "3000");
            return config;
        }
    }

    public static Path copyFixture() {
        try {
            Path target = TestFolders.create("quire-content-");
            Path source = Path.of("src/test/resources/content/site");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
