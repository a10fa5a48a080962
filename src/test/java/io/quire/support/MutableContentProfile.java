package io.quire.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the application over a private copy of the fixture content root that tests may edit, with a
 * preview token and an admin token.
 */
public class MutableContentProfile implements QuarkusTestProfile {

    public static final Path ROOT = copyFixture();
    public static final String PREVIEW_TOKEN = "test-preview-token";
    public static final String ADMIN_TOKEN = "test-admin-token";

    protected Path root() {
        return ROOT;
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

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    /** Watch mode on, over a copy of its own. */
    public static class Watching extends MutableContentProfile {

        public static final Path ROOT = copyFixture();

        @Override
        protected Path root() {
            return ROOT;
        }

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

    /** Small sync pages, over a copy of its own. */
    public static class Syncing extends MutableContentProfile {

        public static final Path ROOT = copyFixture();

        @Override
        protected Path root() {
            return ROOT;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quire.sync.page-size", "3");
            return config;
        }
    }

    /**
     * Hostile files and database faults, over a copy of its own: imports the database refuses are tried
     * again quickly, an admin import waits at most a second for another one, and sync pages are cut at
     * 3,000 characters of content.
     */
    public static class Hardening extends MutableContentProfile {

        public static final Path ROOT = copyFixture();

        @Override
        protected Path root() {
            return ROOT;
        }

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
            Path target = Files.createTempDirectory("quire-content-");
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
