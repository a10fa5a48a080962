package io.quire.content.importer;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
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
import io.quire.content.store.StoredPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The import up to its plan, without a database: scan -> read -> front matter -> render -> assemble
 * (per file, in parallel) -> plan. The server stores the plan; the {@code validate} command prints
 * its problems. Thread-safe.
 */
public final class ImportPipeline {

    private static final Logger LOG = Logger.getLogger(ImportPipeline.class);

    /** A plan, or the reason there is none (the content root cannot be read: nothing may change). */
    public record Result(ImportPlan plan, List<ContentProblem> problems) {}

    private final ContentScanner scanner;
    private final SourceReader reader;
    private final PostAssembler assembler;
    private final ImportPlanner planner = new ImportPlanner();
    private final String fingerprint;

    public ImportPipeline(ImportLimits limits) {
        this.fingerprint = limits.fingerprint();
        this.scanner = new ContentScanner(limits.maxFiles());
        this.reader = new SourceReader(limits.maxFileSize());
        this.assembler = new PostAssembler(
                new FrontMatterReader(
                        FrontMatterReader.DEFAULT_MAX_ALIASES_FOR_COLLECTIONS,
                        FrontMatterReader.DEFAULT_MAX_NESTING_DEPTH,
                        (int) Math.min(Integer.MAX_VALUE, limits.maxFileSize())),
                new MarkdownRenderer(limits.iframeHosts()));
    }

    /**
     * Plans the import of {@code root} against what is stored. A root that is missing or unreadable
     * gives no plan, so that a mount failure never deletes every post.
     */
    public Result plan(Path root, Map<String, StoredPost> stored) {
        if (!Files.isDirectory(root)) {
            return new Result(null, List.of(rootProblem(root, "the content root is not a folder (or does not exist)")));
        }
        ScanResult scan;
        try {
            scan = scanner.scan(root);
        } catch (IOException e) {
            return new Result(null, List.of(rootProblem(root, "cannot read the content root: " + e.getMessage())));
        }
        List<FileOutcome> outcomes = scan.files().parallelStream()
                .map(file -> read(file, stored.get(file.path())))
                .toList();
        ImportPlan plan = planner.plan(outcomes, stored, scan.complete());
        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        problems.addAll(plan.problems());
        return new Result(plan, problems);
    }

    private FileOutcome read(SourceFile file, StoredPost previous) {
        try {
            byte[] bytes = reader.readBytes(file.file(), file.size());
            String hash = SourceReader.hash(bytes, fingerprint);
            if (previous != null && previous.contentHash().equals(hash)) {
                return new FileOutcome.Unchanged(file.path());
            }
            String text = SourceReader.decode(bytes);
            return new FileOutcome.Parsed(
                    file.path(), assembler.assemble(file.path(), text, hash, file.inDraftsFolder()));
        } catch (ContentException e) {
            return new FileOutcome.Failed(file.path(), ContentProblem.error(file.path(), e));
        } catch (IOException e) {
            return failed(file, "cannot read the file: " + e.getMessage(), "check the file's permissions");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "Unexpected failure importing %s", file.path());
            return failed(
                    file,
                    "could not be imported: " + e.getClass().getSimpleName(),
                    "this is a bug in Quire; please report it with the file");
        }
    }

    private static FileOutcome failed(SourceFile file, String message, String hint) {
        return new FileOutcome.Failed(
                file.path(), new ContentProblem(file.path(), null, null, Severity.ERROR, message, hint));
    }

    private static ContentProblem rootProblem(Path root, String message) {
        return new ContentProblem(
                root.toString(),
                null,
                null,
                Severity.ERROR,
                message + "; nothing was changed",
                "set quire.content.dir (env QUIRE_CONTENT_DIR) to the folder of your Markdown files");
    }
}
