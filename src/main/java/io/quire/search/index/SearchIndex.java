package io.quire.search.index;

import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import io.quire.content.ContentChanged;
import io.quire.content.ContentVersion;
import io.quire.search.analysis.SearchAnalyzer;
import io.quire.web.TypedProblem;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The current search index, kept in step with the content without ever making a reader wait for a
 * rebuild: when the content version moves, a new index is built on a background thread from the
 * database and swapped in atomically; requests meanwhile search the previous one. The first index
 * is built in the background right after the startup import: the server is ready (posts, tags, feeds)
 * without waiting for it, and only a search that arrives before it exists waits for it, at most
 * {@code quire.search.first-index-wait} (then it is answered 503, rather than outlive its transaction).
 *
 * <p>The index is labelled with the content version (the database's, {@code content_state.version})
 * read in the transaction that reads its posts, so its label is exactly what it holds; if the version
 * moved while it was being built (an import finished in between), it is rebuilt at once. Answers are cached only when the index that gave them is of the
 * version the database had for the request (see docs/architecture.md, "Which version a response is
 * of"). A build starts as soon as an import changed something, and a search of the new version may
 * wait a moment for it ({@code quire.search.fresh-index-wait}).
 *
 * <p>With {@code quire.search.index-dir}, each index is built on disk and kept there ({@link
 * IndexFiles}): a restart over content of the same version opens it instead of building it.
 *
 * <p>Old snapshots are left to the garbage collector, not closed: closing one could fail a request
 * that is still searching it. One in memory holds only heap; one on disk holds memory-mapped files,
 * already deleted, whose mappings the collector releases.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** Builds in a row that may see the version move before one is published anyway. */
    private static final int MAX_ATTEMPTS = 3;

    private final LongSupplier version;
    private final IndexSource source;
    private final SearchAnalyzer analyzer;
    private final int bufferMb;
    private final Duration freshIndexWait;
    private final Duration firstIndexWait;
    private final IndexFiles files;
    private final ExecutorService executor;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private CompletableFuture<IndexSnapshot> pending; // guarded by this

    @Inject
    public SearchIndex(ContentVersion contentVersion, DatabaseIndexSource source, QuireConfig config) {
        this(
                contentVersion::storedVersion,
                source,
                new SearchAnalyzer(),
                config.search().indexingBufferMb(),
                config.search().freshIndexWait(),
                config.search().firstIndexWait(),
                config.search().indexDir().map(IndexFiles::new).orElse(null));
    }

    public SearchIndex(LongSupplier version, IndexSource source, SearchAnalyzer analyzer, int bufferMb) {
        this(version, source, analyzer, bufferMb, Duration.ZERO, Duration.ofMinutes(5), null);
    }

    /**
     * @param version the content version the next build would be of
     * @param freshIndexWait how long {@link #snapshot(long)} waits for an index being built
     * @param firstIndexWait how long {@link #snapshot()} waits for the first index
     * @param files where indexes are kept between restarts, or null to keep them in memory only
     */
    public SearchIndex(
            LongSupplier version,
            IndexSource source,
            SearchAnalyzer analyzer,
            int bufferMb,
            Duration freshIndexWait,
            Duration firstIndexWait,
            IndexFiles files) {
        this.version = version;
        this.files = files;
        this.source = source;
        this.analyzer = analyzer;
        this.bufferMb = bufferMb;
        this.freshIndexWait = freshIndexWait;
        this.firstIndexWait = firstIndexWait;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "quire-search-index");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts building the first index right after the startup import. Readiness does not wait for it:
     * at 10,000 posts the build takes longer than the import, and everything but search can be served
     * meanwhile. A failure is logged and the first search tries again. A process that serves no HTTP
     * (the {@code import} command) builds none.
     */
    void onStart(
            @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (serving) {
            refresh();
        }
    }

    /** Starts building the index of new content right away, rather than at the next search. */
    void onContentChanged(@Observes ContentChanged event) {
        IndexSnapshot snapshot = current.get();
        if (snapshot != null && snapshot.version() != version.getAsLong()) {
            refresh();
        }
    }

    /** The index searches use now, if there is one yet; never starts a build. */
    public Optional<IndexSnapshot> current() {
        return Optional.ofNullable(current.get());
    }

    public SearchAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * The index to search for a request that reads the database at {@code wanted}: that version's
     * index if it exists or is built within {@code quire.search.fresh-index-wait}, else the newest
     * one there is (whose version the caller compares with {@code wanted}).
     */
    public IndexSnapshot snapshot(long wanted) {
        IndexSnapshot snapshot = current.get();
        if (snapshot == null || snapshot.version() >= wanted) {
            return snapshot == null ? snapshot() : snapshot;
        }
        CompletableFuture<IndexSnapshot> build = refresh();
        if (!freshIndexWait.isZero()) {
            try {
                build.get(freshIndexWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // answered from the previous index
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return current.get();
    }

    /**
     * The index to search now: the current one, even if a newer one is being built. Starts that
     * build when the content version has moved. Before the first index exists, waits for it at most
     * {@code quire.search.first-index-wait}.
     *
     * @throws TypedProblem 503 {@link TypedProblem#SEARCH_INDEX_BUILDING} when the first index is not
     *     built in that time
     */
    public IndexSnapshot snapshot() {
        IndexSnapshot snapshot = current.get();
        if (snapshot != null && snapshot.version() >= version.getAsLong()) {
            return snapshot;
        }
        CompletableFuture<IndexSnapshot> build = refresh();
        if (snapshot != null) {
            return snapshot;
        }
        try {
            return build.get(firstIndexWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw firstIndexNotBuilt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw firstIndexNotBuilt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new CompletionException(e.getCause());
        }
    }

    private TypedProblem firstIndexNotBuilt() {
        return new TypedProblem(
                503,
                TypedProblem.SEARCH_INDEX_BUILDING,
                "Service Unavailable",
                "The search index is being built after the start (searches, text filters and related posts need"
                        + " it); it was not ready within " + firstIndexWait.toSeconds() + " s. Try again shortly.",
                Map.of("Retry-After", "5", "Cache-Control", "no-store"));
    }

    /** Starts a build unless one is running; the running one publishes the newest content it saw. */
    public synchronized CompletableFuture<IndexSnapshot> refresh() {
        if (pending == null || pending.isDone()) {
            pending = CompletableFuture.supplyAsync(this::rebuild, executor);
        }
        return pending;
    }

    private IndexSnapshot rebuild() {
        for (int attempt = 1; ; attempt++) {
            IndexSnapshot built;
            try {
                built = build();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Building the search index failed; searches use the previous index");
                throw e;
            }
            if (version.getAsLong() <= built.version() || attempt == MAX_ATTEMPTS) {
                current.set(built);
                LOG.infof(
                        "Search index of content version %d: %d posts, %d KiB, %s in %d ms",
                        built.version(),
                        built.posts().size(),
                        built.bytes() / 1024,
                        switch (built.origin()) {
                            case OPENED -> "opened from " + files.root();
                            case UPDATED -> "updated";
                            case BUILT -> "built";
                        },
                        built.buildMillis());
                return built;
            }
        }
    }

    /**
     * The index of the content the database has now: the one a previous build left on disk if it is of
     * this version, else built (on disk when there is a folder for it, else, or if it cannot be
     * written, in memory).
     */
    private IndexSnapshot build() {
        if (files != null) {
            long databaseId = source.databaseId();
            Optional<IndexSnapshot> kept = files.open(databaseId, version.getAsLong());
            if (kept.isPresent()) {
                return kept.get();
            }
            try {
                return buildOnDisk(databaseId);
            } catch (IOException | UncheckedIOException e) {
                LOG.warnf("The search index cannot be kept in %s (%s); it is built in memory", files.root(), e);
            }
        }
        try (IndexBuilder builder = new IndexBuilder(analyzer, bufferMb)) {
            long read = source.read(builder::tags, builder::add);
            return builder.finish(read);
        }
    }

    /**
     * Builds the index of the database's content in a folder and publishes it: derived from the newest
     * index kept for this database when there is one (only the posts that changed are indexed again),
     * else, or if that fails, in full.
     */
    private IndexSnapshot buildOnDisk(long databaseId) throws IOException {
        Optional<IndexFiles.Kept> kept = files.newest(databaseId);
        if (kept.isPresent()) {
            try {
                return buildInto(
                        files.newBuildFrom(kept.get()), databaseId, kept.get().contents());
            } catch (IOException | RuntimeException e) {
                LOG.warnf(
                        "The search index in %s could not be updated (%s); it is built in full",
                        kept.get().folder(), e.toString());
            }
        }
        return buildInto(files.newBuild(), databaseId, null);
    }

    /**
     * @param previous the contents of the index whose copy the folder holds, to update; null to build
     *     into an empty folder
     */
    private IndexSnapshot buildInto(Path folder, long databaseId, IndexContents previous) throws IOException {
        try {
            IndexContents contents;
            try (IndexBuilder builder = previous == null
                    ? new IndexBuilder(analyzer, bufferMb, folder)
                    : IndexBuilder.updating(analyzer, bufferMb, folder, previous)) {
                long read = source.read(builder::tags, builder::add);
                IndexContents written = builder.write(read);
                builder.updateSummary()
                        .ifPresent(summary -> LOG.infof(
                                "Search index of content version %d %s in %d ms",
                                read, summary, written.buildMillis()));
                contents = written;
            }
            return files.publish(
                    folder,
                    databaseId,
                    contents,
                    previous == null ? IndexSnapshot.Origin.BUILT : IndexSnapshot.Origin.UPDATED);
        } catch (IOException | RuntimeException e) {
            files.discard(folder);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
