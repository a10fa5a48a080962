package io.quire.content.importer;

import io.quire.config.QuireConfig;
import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.ContentVersion;
import io.quire.content.assemble.PostAssembler;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.plan.FileOutcome;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.ImportPlanner;
import io.quire.content.read.SourceReader;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.scan.ContentScanner;
import io.quire.content.scan.ScanResult;
import io.quire.content.scan.SourceFile;
import io.quire.content.store.PostStore;
import io.quire.content.store.StoredPost;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Runs the import pipeline over the content root: scan -> read -> front matter + render (per file,
 * in parallel) -> plan changes -> store (one transaction) -> publish (bump the content version).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final QuireConfig config;
    private final PostStore store;
    private final ContentVersion contentVersion;
    private final Clock clock;
    private final ContentScanner scanner;
    private final SourceReader reader;
    private final PostAssembler assembler;
    private final ImportPlanner planner = new ImportPlanner();
    private final ReentrantLock running = new ReentrantLock();
    private volatile ImportReport lastReport;

    public ImportService(QuireConfig config, PostStore store, ContentVersion contentVersion, Clock clock) {
        this.config = config;
        this.store = store;
        this.contentVersion = contentVersion;
        this.clock = clock;
        this.scanner = new ContentScanner(config.content().maxFiles());
        this.reader = new SourceReader(config.content().maxFileSize());
        this.assembler = new PostAssembler(
                new FrontMatterReader(50, 50, (int)
                        Math.min(Integer.MAX_VALUE, config.content().maxFileSize())),
                new MarkdownRenderer(new HashSet<>(config.render().iframeHosts().orElse(List.of()))));
    }

    /** The report of the last finished import, if any. */
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Imports the content root now; one import runs at a time. */
    public ImportReport importNow(boolean dryRun) {
        running.lock();
        try {
            ImportReport report = run(config.content().dir(), dryRun);
            if (!dryRun) {
                lastReport = report;
            }
            return report;
        } finally {
            running.unlock();
        }
    }

    private ImportReport run(Path root, boolean dryRun) {
        Instant started = clock.instant();
        if (!Files.isDirectory(root)) {
            ContentProblem problem = new ContentProblem(
                    root.toString(),
                    null,
                    null,
                    Severity.ERROR,
                    "the content root is not a folder (or does not exist); nothing was changed",
                    "set quire.content.dir (env QUIRE_CONTENT_DIR) to the folder of your Markdown files");
            LOG.errorf("Import failed: %s is not a folder", root.toAbsolutePath());
            return new ImportReport(started, clock.instant(), dryRun, 0, 0, 0, 0, 0, List.of(problem));
        }
        ScanResult scan;
        try {
            scan = scanner.scan(root);
        } catch (IOException e) {
            ContentProblem problem = new ContentProblem(
                    root.toString(),
                    null,
                    null,
                    Severity.ERROR,
                    "cannot read the content root: " + e.getMessage(),
                    "check that the folder exists and is readable");
            return new ImportReport(started, clock.instant(), dryRun, 0, 0, 0, 0, 0, List.of(problem));
        }
        Map<String, StoredPost> stored = store.index();
        List<FileOutcome> outcomes = scan.files().parallelStream()
                .map(file -> read(file, stored.get(file.path())))
                .toList();
        ImportPlan plan = planner.plan(outcomes, stored);
        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        problems.addAll(plan.problems());
        if (!dryRun && plan.changesSomething()) {
            problems.addAll(store.apply(plan, clock.instant()));
        }
        if (!dryRun) {
            contentVersion.refresh();
        }
        ImportReport report = new ImportReport(
                started,
                clock.instant(),
                dryRun,
                plan.creates().size(),
                plan.updates().size(),
                plan.unchanged(),
                plan.deletes().size(),
                plan.failed(),
                List.copyOf(problems));
        log(report);
        return report;
    }

    private FileOutcome read(SourceFile file, StoredPost previous) {
        try {
            byte[] bytes = reader.readBytes(file.file(), file.size());
            String hash = SourceReader.hash(bytes);
            if (previous != null && previous.contentHash().equals(hash)) {
                return new FileOutcome.Unchanged(file.path());
            }
            String text = SourceReader.decode(bytes);
            return new FileOutcome.Parsed(
                    file.path(), assembler.assemble(file.path(), text, hash, file.inDraftsFolder()));
        } catch (ContentException e) {
            return new FileOutcome.Failed(file.path(), ContentProblem.error(file.path(), e));
        } catch (IOException e) {
            return new FileOutcome.Failed(
                    file.path(),
                    new ContentProblem(
                            file.path(),
                            null,
                            null,
                            Severity.ERROR,
                            "cannot read the file: " + e,
                            "check the file's permissions"));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "Unexpected failure importing %s", file.path());
            return new FileOutcome.Failed(
                    file.path(),
                    new ContentProblem(
                            file.path(),
                            null,
                            null,
                            Severity.ERROR,
                            "could not be imported: " + e.getClass().getSimpleName(),
                            "this is a bug in Quire; please report it with the file"));
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
            Logger.Level level = problem.severity() == Severity.ERROR ? Logger.Level.ERROR : Logger.Level.WARN;
            LOG.logf(
                    level,
                    "%s:%s:%s: %s: %s%s",
                    problem.path(),
                    problem.line() == null ? "" : problem.line(),
                    problem.column() == null ? "" : problem.column(),
                    problem.severity().label(),
                    problem.message(),
                    problem.hint() == null ? "" : " (hint: " + problem.hint() + ")");
        }
    }
}
