package io.quire.search.index;

import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import io.quire.content.ContentVersion;
import io.quire.search.analysis.SearchAnalyzer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The current search index, kept in step with the content without ever making a reader wait for a
 * rebuild: when the content version moves, a new index is built on a background thread from the
 * database and swapped in atomically; requests meanwhile search the previous one. The first index
 * is built in the background right after the startup import: the server is ready (posts, tags, feeds)
 * without waiting for it, and only a search that arrives before it exists waits for it.
 *
 * <p>The index is labelled with the content version read <em>before</em> the posts are, so it never
 * claims to be newer than it is; if the version moved while it was being built (an import finished
 * in between), it is rebuilt at once rather than published half old, half new.
 *
 * <p>Old snapshots are left to the garbage collector: they hold only heap, and closing one could
 * fail a request that is still searching it.
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
    private final ExecutorService executor;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private CompletableFuture<IndexSnapshot> pending; // guarded by this

    @Inject
    public SearchIndex(ContentVersion contentVersion, DatabaseIndexSource source, QuireConfig config) {
        this(
                contentVersion::current,
                source,
                new SearchAnalyzer(),
                config.search().indexingBufferMb());
    }

    public SearchIndex(LongSupplier version, IndexSource source, SearchAnalyzer analyzer, int bufferMb) {
        this.version = version;
        this.source = source;
        this.analyzer = analyzer;
        this.bufferMb = bufferMb;
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

    public SearchAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * The index to search now: the current one, even if a newer one is being built. Starts that
     * build when the content version has moved.
     */
    public IndexSnapshot snapshot() {
        IndexSnapshot snapshot = current.get();
        if (snapshot != null && snapshot.version() == version.getAsLong()) {
            return snapshot;
        }
        CompletableFuture<IndexSnapshot> build = refresh();
        if (snapshot != null) {
            return snapshot;
        }
        try {
            return build.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
            long startVersion = version.getAsLong();
            IndexSnapshot built;
            try {
                built = build(startVersion);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Building the search index failed; searches use the previous index");
                throw e;
            }
            if (version.getAsLong() == startVersion || attempt == MAX_ATTEMPTS) {
                current.set(built);
                LOG.infof(
                        "Search index of content version %d: %d posts, %d KiB, built in %d ms",
                        built.version(), built.posts().size(), built.bytes() / 1024, built.buildMillis());
                return built;
            }
        }
    }

    private IndexSnapshot build(long atVersion) {
        try (IndexBuilder builder = new IndexBuilder(analyzer, bufferMb)) {
            source.read(builder::tags, builder::add);
            return builder.finish(atVersion);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
