package io.quire.content.importer;

import io.quire.cdn.SurrogateKeys;
import io.quire.changes.ChangeSet;
import io.quire.changes.ContentChanges;
import io.quire.config.QuireConfig;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.ContentVersion;
import io.quire.content.OutputBudget;
import io.quire.content.StageTimes;
import io.quire.content.asset.AssetLimits;
import io.quire.content.plan.ImportPlan;
import io.quire.content.store.AssetStore;
import io.quire.content.store.BodyGenerations;
import io.quire.content.store.DatabaseCompaction;
import io.quire.content.store.ImportLock;
import io.quire.content.store.PostStore;
import io.quire.content.store.StoreResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs imports in the server: the {@link ImportPipeline} plans (stages 1 to 4), the {@link PostStore}
 * applies the plan in one transaction (stage 7, asking the pipeline for chunks rendered and
 * assembled, stages 5 and 6), and the {@link ContentVersion} publishes it to caches (stage 8).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final QuireConfig config;
    private final PostStore store;
    private final BodyGenerations bodies;
    private final AssetStore assets;
    private final ContentVersion contentVersion;
    private final ContentChanges contentChanges;
    private final Clock clock;
    private final ImportPipeline pipeline;
    private final ImportLock lock;
    private final DatabaseCompaction compaction;
    /** Renders the next chunk of a plan while the import thread stores the current one. */
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "quire-render");
        thread.setDaemon(true);
        return thread;
    });

    /** Tries again, while the last import could not be stored. */
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "quire-import-retry");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ImportReport lastReport;
    private volatile StoreFailure storeFailure;
    private ScheduledFuture<?> retry;

    /**
     * Why the last import could not be stored (the database refused to write or could not be reached),
     * until an import is stored again.
     */
    public record StoreFailure(Instant at, String cause) {}

    public ImportService(
            QuireConfig config,
            PostStore store,
            BodyGenerations bodies,
            AssetStore assets,
            ContentVersion contentVersion,
            ContentChanges contentChanges,
            Clock clock,
            ImportLock lock,
            DatabaseCompaction compaction) {
        this.config = config;
        this.store = store;
        this.bodies = bodies;
        this.assets = assets;
        this.contentVersion = contentVersion;
        this.contentChanges = contentChanges;
        this.clock = clock;
        this.lock = lock;
        this.compaction = compaction;
        this.pipeline = new ImportPipeline(
                new ImportLimits(
                        config.content().maxFileSize(),
                        config.content().maxFiles(),
                        new HashSet<>(config.render().iframeHosts().orElse(List.of())),
                        new OutputBudget(
                                config.content().maxFrontMatterBytes(),
                                config.render().maxHtmlBytes(),
                                config.render().maxTextBytes())),
                new AssetLimits(config.assets().maxFileSize(), config.assets().maxFiles()),
                defaultLanguage(config.content().defaultLanguage()));
    }

    /** {@code quire.content.default-language}, normalised; anything but a language tag stops the start. */
    static String defaultLanguage(String configured) {
        String tag = io.quire.shared.Languages.normalize(configured);
        if (tag == null) {
            throw new IllegalStateException(
                    "quire.content.default-language must be a language tag (en, de, pt-BR), was '" + configured + "'");
        }
        return tag;
    }

    /** The report of the last finished import, if any. */
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Why imports cannot be stored right now, if they cannot. */
    public Optional<StoreFailure> storeFailure() {
        return Optional.ofNullable(storeFailure);
    }

    /**
     * Imports the content root now, after any import running here or on another instance sharing the
     * database (startup, watch mode and retries wait as long as it takes).
     *
     * @throws ImportNotStoredException when the database refused the import or could not be reached
     */
    @ActivateRequestContext // imports run on threads of their own (watch, retries, startup, the command)
    public ImportReport importNow(boolean dryRun) {
        return importNow(dryRun, null);
    }

    /**
     * Imports the content root now, waiting at most {@code wait} (forever when null) for an import that
     * is running here or on another instance sharing the database. One import writes at a time; a dry
     * run only waits for imports on this instance.
     *
     * @throws ImportBusyException when another import still runs after {@code wait}
     * @throws ImportNotStoredException when the database refused the import or could not be reached;
     *     the import is tried again every {@code quire.content.retry-interval} until one is stored
     */
    @ActivateRequestContext
    public ImportReport importNow(boolean dryRun, Duration wait) {
        Optional<ImportLock.Held> held;
        try {
            held = dryRun ? lock.acquireLocal(wait) : lock.acquire(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException("interrupted while waiting for another import");
        } catch (SQLException | RuntimeException e) {
            throw notStored(e);
        }
        try (ImportLock.Held locked = held.orElseThrow(() -> new ImportBusyException(
                "another import is running (on this instance or another one sharing the database)"))) {
            ImportReport report;
            try {
                report = run(dryRun);
            } catch (RuntimeException e) {
                throw notStored(e);
            }
            if (!dryRun) {
                lastReport = report;
                if (storeFailure != null) {
                    LOG.info("Imports are stored again");
                    storeFailure = null;
                }
                if (report.created() + report.updated() + report.deleted() > 0) {
                    compaction.afterImport();
                }
            }
            log(report);
            return report;
        } finally {
            if (!dryRun) {
                refreshQuietly();
            }
        }
    }

    /**
     * The database is read-only, full or unreachable: nothing was changed, the last stored content is
     * still served, readiness goes down, and the import is tried again until it is stored.
     */
    private ImportNotStoredException notStored(Exception e) {
        String cause = rootCause(e);
        String message = "The import could not be stored; nothing was changed. Trying again every "
                + retryInterval().toMillis() + " ms";
        if (storeFailure == null) {
            LOG.error(message, e);
        } else {
            LOG.errorf("%s: %s", message, cause);
        }
        storeFailure = new StoreFailure(clock.instant(), cause);
        scheduleRetry();
        return new ImportNotStoredException(cause);
    }

    private synchronized void scheduleRetry() {
        if (retry != null && !retry.isDone()) {
            return;
        }
        retry = retries.schedule(
                () -> {
                    synchronized (this) {
                        retry = null;
                    }
                    try {
                        importNow(false);
                    } catch (RuntimeException e) {
                        // notStored() has scheduled the next attempt
                    }
                },
                retryInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private Duration retryInterval() {
        return config.content().retryInterval();
    }

    private void refreshQuietly() {
        try {
            contentVersion.refresh();
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the content version after an import: %s", rootCause(e));
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private ImportReport run(boolean dryRun) {
        Instant started = clock.instant();
        ImportPipeline.Result result = pipeline.plan(config.content().dir(), store.index(), assets.index());
        ImportPlan plan = result.plan();
        Instant planned = clock.instant();
        if (plan == null) {
            return new ImportReport(
                    started, clock.instant(), dryRun, false, 0, 0, 0, 0, 0, result.problems(), null, List.of());
        }
        List<ContentProblem> problems = new ArrayList<>(result.problems());
        int failedCreates = 0;
        int failedUpdates = 0;
        ChangeSet changes = null;
        if (dryRun) {
            ImportPipeline.Check check = pipeline.check(result);
            problems.addAll(check.problems());
            failedCreates = check.failedCreates();
            failedUpdates = check.failedUpdates();
        } else if (result.changesSomething()) {
            StageTimes times = new StageTimes();
            bodies.sweep(); // body rows of an import that failed or died: none of them is served
            times.lap("orphan bodies swept");
            StoreResult stored = store.apply(
                    plan,
                    result.assets(),
                    chunk -> CompletableFuture.supplyAsync(() -> pipeline.assemble(chunk, result), renderer),
                    clock.instant(),
                    result.contentModified());
            times.lap("stored (5-7) and committed");
            problems.addAll(stored.problems());
            failedCreates = stored.failedCreates();
            failedUpdates = stored.failedUpdates();
            sweepAfterCommit();
            times.lap("replaced bodies deleted");
            changes = describe(stored);
            times.lap("change set");
            LOG.debugf("Planned (1-4) in %d ms; %s", planned.toEpochMilli() - started.toEpochMilli(), times);
        }
        return new ImportReport(
                started,
                clock.instant(),
                dryRun,
                true,
                plan.creates().size() - failedCreates,
                plan.updates().size() + plan.rekeys().size() - failedUpdates,
                plan.unchanged() + failedUpdates,
                plan.deletes().size(),
                plan.failed() + failedCreates + failedUpdates,
                problems.stream().sorted(ProblemFormat.BY_PATH).toList(),
                changes == null ? null : changes.toVersion(),
                changes == null ? List.of() : changes.surrogateKeys());
    }

    /**
     * Deletes the bodies the import replaced. It has committed: a failure here leaves rows no reader
     * sees, which the next import deletes, and must not report the import as not stored.
     */
    private void sweepAfterCommit() {
        try {
            bodies.sweep();
        } catch (RuntimeException e) {
            LOG.warnf(
                    "The bodies this import replaced could not be deleted yet (the next import will): %s",
                    rootCause(e));
        }
    }

    /**
     * What the stored import changed, for its report. The import has committed by now, so a failure
     * here (a slow read past its transaction timeout, a lost connection) must not report it as not
     * stored: the report then names {@link SurrogateKeys#ALL}, which purges every cached response
     * and so is never stale.
     */
    private ChangeSet describe(StoreResult stored) {
        try {
            return contentChanges.ofLatestVersion(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Version %d is stored, but what it changed could not be read (%s); its report names every"
                            + " cached response",
                    stored.version(), rootCause(e));
            return new ChangeSet(
                    stored.version() - 1, stored.version(), List.of(), List.of(), true, List.of(SurrogateKeys.ALL));
        }
    }

    private static void log(ImportReport report) {
        LOG.infof(
                "Import %s in %d ms: %d created, %d updated, %d unchanged, %d deleted, %d failed",
                report.dryRun() ? "checked (dry run)" : "finished",
                report.finishedAt().toEpochMilli() - report.startedAt().toEpochMilli(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.deleted(),
                report.failed());
        for (ContentProblem problem : report.problems()) {
            LOG.log(
                    problem.severity() == Severity.ERROR ? Logger.Level.ERROR : Logger.Level.WARN,
                    ProblemFormat.line(problem));
        }
    }
}
