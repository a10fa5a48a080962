package io.quire.content.importer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * With {@code quire.content.watch}, re-imports when files under the content root change. A burst of
 * changes (a {@code git checkout}, an editor's save-rename dance) makes one import: each change
 * pushes the import back by the debounce time.
 */
@ApplicationScoped
public class ContentWatcher {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);

    private final QuireConfig config;
    private final ImportService importer;
    private WatchService watchService;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;

    public ContentWatcher(QuireConfig config, ImportService importer) {
        this.config = config;
        this.importer = importer;
    }

    /** Starts after the startup import, so that changes during it are not lost but picked up next. */
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER) StartupEvent event)
            throws IOException {
        if (!config.content().watch() || !Files.isDirectory(config.content().dir())) {
            return;
        }
        watchService = FileSystems.getDefault().newWatchService();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quire-content-import");
            thread.setDaemon(true);
            return thread;
        });
        registerTree(config.content().dir());
        Thread watcher = new Thread(this::watch, "quire-content-watch");
        watcher.setDaemon(true);
        watcher.start();
        LOG.infof("Watching %s for changes", config.content().dir().toAbsolutePath());
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (watchService != null) {
            watchService.close();
            scheduler.shutdownNow();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        Path created = dir.resolve((Path) event.context());
                        if (Files.isDirectory(created)) {
                            registerTree(created);
                        }
                    }
                }
                key.reset();
                scheduleImport();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.errorf(e, "Watching the content root failed; changes are no longer picked up");
        }
    }

    private synchronized void scheduleImport() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(
                this::importQuietly, config.content().watchDebounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void importQuietly() {
        try {
            importer.importNow(false);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import after a file change failed");
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(
                        watchService,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
