package io.quire.content.importer;

import io.quire.config.QuireConfig;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.ContentVersion;
import io.quire.content.OutputBudget;
import io.quire.content.plan.ImportPlan;
import io.quire.content.store.PostStore;
import io.quire.content.store.StoreResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Runs imports in the server: the {@link ImportPipeline} plans, the {@link PostStore} applies the
 * plan in one transaction, and the {@link ContentVersion} publishes it to caches.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final QuireConfig config;
    private final PostStore store;
    private final ContentVersion contentVersion;
    private final Clock clock;
    private final ImportPipeline pipeline;
    private final ReentrantLock running = new ReentrantLock();
    /** Renders the next chunk of a plan while the import thread stores the current one. */
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "quire-render");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ImportReport lastReport;

    public ImportService(QuireConfig config, PostStore store, ContentVersion contentVersion, Clock clock) {
        this.config = config;
        this.store = store;
        this.contentVersion = contentVersion;
        this.clock = clock;
        this.pipeline = new ImportPipeline(new ImportLimits(
                config.content().maxFileSize(),
                config.content().maxFiles(),
                new HashSet<>(config.render().iframeHosts().orElse(List.of())),
                new OutputBudget(
                        config.content().maxFrontMatterBytes(),
                        config.render().maxHtmlBytes(),
                        config.render().maxTextBytes())));
    }

    /** The report of the last finished import, if any. */
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Imports the content root now; one import runs at a time. */
    public ImportReport importNow(boolean dryRun) {
        running.lock();
        try {
            ImportReport report = run(dryRun);
            if (!dryRun) {
                lastReport = report;
                contentVersion.refresh();
            }
            log(report);
            return report;
        } finally {
            running.unlock();
        }
    }

    private ImportReport run(boolean dryRun) {
        Instant started = clock.instant();
        ImportPipeline.Result result = pipeline.plan(config.content().dir(), store.index());
        ImportPlan plan = result.plan();
        Instant planned = clock.instant();
        if (plan == null) {
            return new ImportReport(started, clock.instant(), dryRun, false, 0, 0, 0, 0, 0, result.problems());
        }
        List<ContentProblem> problems = new ArrayList<>(result.problems());
        int failedCreates = 0;
        int failedUpdates = 0;
        if (dryRun) {
            ImportPipeline.Check check = pipeline.check(plan);
            problems.addAll(check.problems());
            failedCreates = check.failedCreates();
            failedUpdates = check.failedUpdates();
        } else if (plan.changesSomething()) {
            StoreResult stored = store.apply(
                    plan,
                    chunk -> CompletableFuture.supplyAsync(() -> pipeline.assemble(chunk), renderer),
                    clock.instant());
            problems.addAll(stored.problems());
            failedCreates = stored.failedCreates();
            failedUpdates = stored.failedUpdates();
            LOG.debugf(
                    "Planned in %d ms, rendered and stored in %d ms",
                    planned.toEpochMilli() - started.toEpochMilli(),
                    clock.instant().toEpochMilli() - planned.toEpochMilli());
        }
        return new ImportReport(
                started,
                clock.instant(),
                dryRun,
                true,
                plan.creates().size() - failedCreates,
                plan.updates().size() - failedUpdates,
                plan.unchanged() + failedUpdates,
                plan.deletes().size(),
                plan.failed() + failedCreates + failedUpdates,
                problems.stream().sorted(ProblemFormat.BY_PATH).toList());
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
