package io.quire.content.importer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * With {@code quire.content.watch}, re-imports when files under the content root change. A burst of
 * changes (a {@code git checkout}, an editor's save-rename dance) makes one import: each change pushes
 * the import back by the debounce time, but never further than the maximum delay after the first
 * change not imported yet, so a steady stream of changes is still imported.
 *
 * <p>The watcher also checks twice a second which folder the content root is (its real path and file
 * key): a deploy that removes and re-creates the folder, renames another folder into its place or
 * switches a symbolic link starts watching the new folder and imports it. While the root is missing,
 * nothing is watched and the import that noticed it changed nothing.
 */
@ApplicationScoped
public class ContentWatcher {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);

    /** How often the content root's identity is checked. */
    static final long ROOT_CHECK_MILLIS = 500;

    private final QuireConfig config;
    private final ImportService importer;
    private volatile boolean running;
    private WatchService watchService;
    private Object watchedRoot;
    /** The watch of the root folder itself: cancelled when that folder is removed. */
    private WatchKey rootKey;

    private boolean rootChecked;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;
    /** System.nanoTime() of the first change not imported yet; 0: none. */
    private long firstPending;

    public ContentWatcher(QuireConfig config, ImportService importer) {
        this.config = config;
        this.importer = importer;
    }

    /**
     * Starts after the startup import (a later observer priority than {@link StartupImport}), so the
     * watch is registered only once it is done: a change made while the startup import runs and not
     * seen by it is missed until the next change under the root, an admin import or a restart.
     */
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        if (!config.content().watch()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quire-content-import");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        Thread watcher = new Thread(this::watch, "quire-content-watch");
        watcher.setDaemon(true);
        watcher.start();
        LOG.infof("Watching %s for changes", config.content().dir().toAbsolutePath());
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        closeWatchService();
    }

    private void watch() {
        while (running) {
            try {
                checkRoot();
                WatchKey key =
                        watchService == null ? sleep() : watchService.poll(ROOT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    handle(key);
                }
            } catch (ClosedWatchServiceException e) {
                // the root changed and checkRoot() opened a new watch service, or the server stops
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Watching the content root failed; trying again");
            }
        }
    }

    private WatchKey sleep() throws InterruptedException {
        Thread.sleep(ROOT_CHECK_MILLIS);
        return null;
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(created);
                }
            }
        }
        key.reset();
        scheduleImport();
    }

    /**
     * Watches the folder that is the content root now: when it is not the one being watched (the first
     * time, or after it was removed, re-created, renamed over or relinked), watching starts over and an
     * import is scheduled.
     */
    private void checkRoot() {
        Object identity = identity(config.content().dir());
        // A folder removed and created again may get the same inode, so the identity alone can miss it;
        // the removal cancels the watch of the old folder.
        boolean rootRemoved = rootKey != null && !rootKey.isValid();
        if (rootChecked && Objects.equals(identity, watchedRoot) && !rootRemoved) {
            return;
        }
        boolean first = !rootChecked;
        rootChecked = true;
        closeWatchService();
        watchedRoot = identity;
        rootKey = null;
        if (identity != null) {
            try {
                watchService = FileSystems.getDefault().newWatchService();
            } catch (IOException e) {
                LOG.errorf(e, "Cannot watch %s", config.content().dir());
                return;
            }
            rootKey = registerTree(config.content().dir());
        }
        if (!first) {
            LOG.infof(
                    "The content root %s %s; importing it",
                    config.content().dir(), identity == null ? "is gone" : "is another folder now");
            scheduleImport();
        }
    }

    /** The real path and file key of the folder at {@code root}, or null when there is none. */
    private static Object identity(Path root) {
        try {
            Path real = root.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            return attributes.isDirectory() ? java.util.List.of(real, String.valueOf(attributes.fileKey())) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void closeWatchService() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debugf("Closing the watch service: %s", e.getMessage());
            }
            watchService = null;
        }
    }

    /**
     * Schedules an import the debounce time from now, but no later than the maximum delay after the
     * first change that is not imported yet.
     */
    private synchronized void scheduleImport() {
        long now = System.nanoTime();
        if (firstPending == 0) {
            firstPending = now;
        }
        long debounce = config.content().watchDebounce().toNanos();
        long latest = firstPending + config.content().watchMaxDelay().toNanos() - now;
        long delay = Math.max(0, Math.min(debounce, latest));
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::importQuietly, delay, TimeUnit.NANOSECONDS);
    }

    private void importQuietly() {
        synchronized (this) {
            firstPending = 0;
        }
        try {
            importer.importNow(false);
        } catch (RuntimeException e) {
            LOG.errorf("Import after a file change failed: %s", e.getMessage());
        }
    }

    /**
     * Watches {@code start} and every non-hidden folder below it (links are not followed). A folder
     * that cannot be watched (it vanished meanwhile, or the system's limit of watches is reached) is
     * logged and skipped; the others are still watched.
     */
    private WatchKey registerTree(Path start) {
        WatchService service = watchService;
        if (service == null) {
            return null;
        }
        WatchKey startKey = null;
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            try {
                WatchKey key = dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                if (dir == start) {
                    startKey = key;
                }
            } catch (ClosedWatchServiceException e) {
                return startKey;
            } catch (IOException e) {
                LOG.warnf("Cannot watch %s (%s); changes there are imported with the next import", dir, e);
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (!entry.getFileName().toString().startsWith(".")
                            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        pending.push(entry);
                    }
                }
            } catch (IOException e) {
                LOG.debugf("Cannot list %s: %s", dir, e.getMessage());
            }
        }
        return startKey;
    }
}
