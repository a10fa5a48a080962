package io.quire.content.importer;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.assemble.DescribedPost;
import io.quire.content.assemble.ImportedPost;
import io.quire.content.assemble.LinkCheck;
import io.quire.content.assemble.PostAssembler;
import io.quire.content.asset.AssetLimits;
import io.quire.content.asset.AssetPlan;
import io.quire.content.asset.AssetPlanner;
import io.quire.content.asset.StoredAsset;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.FrontMatterSplitter;
import io.quire.content.frontmatter.LanguageRules;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.FileOutcome;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.ImportPlanner;
import io.quire.content.plan.PlannedPost;
import io.quire.content.plan.StoredPost;
import io.quire.content.read.SourceReader;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.scan.ContentScanner;
import io.quire.content.scan.ScanResult;
import io.quire.content.scan.SourceFile;
import io.quire.link.LinkTargets;
import io.quire.shared.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The import without a database, stages 1 to 6 (docs/architecture.md numbers them in the order they
 * run): 1 scan -> 2 read -> 3 front matter (per file, in parallel) -> 4 plan, with the asset files
 * read and planned beside them; then 5 render -> 6 assemble (links checked against the scanned
 * files) for chunks of the plan, in {@link #assemble}. The server stores each assembled chunk while the next one
 * renders, so that a large import never holds every rendered post at once; the {@code validate}
 * command and dry runs {@link #check} the whole plan instead. Thread-safe.
 */
public final class ImportPipeline {

    private static final Logger LOG = Logger.getLogger(ImportPipeline.class);

    /**
     * A plan, or the reason there is none (the content root cannot be read: nothing may change).
     *
     * @param contentModified {@link ScanResult#lastModified()}, or null
     * @param assets what changes in the index of assets (empty without a plan)
     * @param files the files this import sees, which links in posts are checked against
     * @param fingerprint what, besides a file's bytes, its change hash covers in this import
     */
    public record Result(
            ImportPlan plan,
            List<ContentProblem> problems,
            java.time.Instant contentModified,
            AssetPlan assets,
            LinkTargets files,
            String fingerprint) {

        Result(List<ContentProblem> problems) {
            this(null, problems, null, AssetPlan.empty(), ScannedFiles.none(), "");
        }

        /** Whether storing this result changes what is served. */
        public boolean changesSomething() {
            return plan != null && (plan.changesSomething() || assets.changesSomething());
        }
    }

    /** What rendering a whole plan found: the problems (errors and warnings) and the files that failed. */
    public record Check(List<ContentProblem> problems, int failedCreates, int failedUpdates) {}

    /** Planned posts per {@link #assemble} call: bounds the memory of rendered posts held at once. */
    public static final int CHUNK = 500;

    private final ContentScanner scanner;
    private final SourceReader reader;
    private final PostAssembler assembler;
    private final ImportPlanner planner = new ImportPlanner();
    private final AssetPlanner assetPlanner;
    private final String fingerprint;
    private final String defaultLanguage;

    public ImportPipeline(ImportLimits limits) {
        this(limits, AssetLimits.defaults(), Languages.DEFAULT_LANGUAGE);
    }

    /** @param defaultLanguage the language of posts that do not say theirs (a normalised tag) */
    public ImportPipeline(ImportLimits limits, AssetLimits assetLimits, String defaultLanguage) {
        this.assetPlanner = new AssetPlanner(assetLimits);
        this.defaultLanguage = defaultLanguage;
        this.fingerprint = limits.fingerprint();
        this.scanner = new ContentScanner(limits.maxFiles());
        this.reader = new SourceReader(limits.maxFileSize());
        this.assembler = new PostAssembler(
                new FrontMatterReader(
                        FrontMatterReader.DEFAULT_MAX_ALIASES_FOR_COLLECTIONS,
                        FrontMatterReader.DEFAULT_MAX_NESTING_DEPTH,
                        (int) Math.min(Integer.MAX_VALUE, limits.maxFileSize()),
                        limits.budget().maxFrontMatterBytes()),
                new MarkdownRenderer(limits.iframeHosts(), limits.budget()),
                limits.budget().maxFrontMatterBytes());
    }

    /** Plans the import of {@code root} against what is stored, with no asset indexed yet. */
    public Result plan(Path root, Map<String, StoredPost> stored) {
        return plan(root, stored, Map.of());
    }

    /**
     * Plans the import of {@code root} against what is stored. A root that is missing or unreadable
     * gives no plan, so that a mount failure never deletes every post.
     */
    public Result plan(Path root, Map<String, StoredPost> stored, Map<String, StoredAsset> storedAssets) {
        if (!Files.isDirectory(root)) {
            return new Result(List.of(rootProblem(root, "the content root is not a folder (or does not exist)")));
        }
        ScanResult scan;
        try {
            scan = scanner.scan(root);
        } catch (IOException e) {
            return new Result(List.of(rootProblem(root, "cannot read the content root: " + e.getMessage())));
        }
        LanguageRules languages =
                LanguageRules.of(scan.files().stream().map(SourceFile::path).toList(), defaultLanguage);
        String fingerprint = this.fingerprint + languages.fingerprint();
        List<FileOutcome> outcomes = alone(
                scan.files(),
                file -> read(file, stored.get(file.path()), languages, fingerprint),
                file -> new FileOutcome.Failed(file.path(), outOfMemory(file.path())));
        ImportPlan plan = planner.plan(outcomes, stored, scan.complete());
        AssetPlan assets = assetPlanner.plan(scan.assets(), storedAssets, scan.complete());
        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        problems.addAll(plan.problems());
        problems.addAll(assets.problems());
        return new Result(
                plan,
                problems,
                scan.lastModified(),
                assets,
                ScannedFiles.of(scan.files(), assets.served()),
                fingerprint);
    }

    /** Renders and assembles planned posts, in parallel, in the order given. */
    public List<AssembledPost> assemble(List<PlannedPost> planned, Result result) {
        return alone(
                planned,
                post -> assemble(post, result.files(), result.fingerprint()),
                post -> new AssembledPost(post, null, outOfMemory(post.post().path())));
    }

    /**
     * Runs {@code work} on every item in parallel; an item whose work ran out of memory (which may be
     * another file's fault: they share the heap) is run again on its own, after the others have
     * finished and their memory is free, and only if it fails again alone is it given {@code
     * failed}. An {@link OutOfMemoryError} is caught only here, around one file's work, whose
     * allocations are garbage once it has been thrown.
     */
    static <T, R> List<R> alone(List<T> items, Function<T, R> work, Function<T, R> failed) {
        List<R> results = new ArrayList<>(items.parallelStream()
                .map(item -> {
                    try {
                        return work.apply(item);
                    } catch (OutOfMemoryError e) {
                        return null;
                    }
                })
                .toList());
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                T item = items.get(i);
                try {
                    results.set(i, work.apply(item));
                } catch (OutOfMemoryError e) {
                    results.set(i, failed.apply(item));
                }
            }
        }
        return results;
    }

    /** Renders every post of the plan, chunk by chunk, keeping only what went wrong. */
    public Check check(Result result) {
        ImportPlan plan = result.plan();
        List<ContentProblem> problems = new ArrayList<>();
        int failedCreates = 0;
        int failedUpdates = 0;
        List<PlannedPost> all = new ArrayList<>(plan.updates());
        all.addAll(plan.creates());
        for (int from = 0; from < all.size(); from += CHUNK) {
            for (AssembledPost assembled : assemble(all.subList(from, Math.min(all.size(), from + CHUNK)), result)) {
                if (assembled.failed()) {
                    if (assembled.planned().previous() == null) {
                        failedCreates++;
                    } else {
                        failedUpdates++;
                    }
                    problems.add(assembled.failure());
                } else {
                    problems.addAll(assembled.post().warnings());
                }
            }
        }
        return new Check(problems, failedCreates, failedUpdates);
    }

    /**
     * Reads the file again, as planned, and renders it. A file whose bytes changed since it was
     * planned is left for the next import (the watcher starts one), rather than stored under an id
     * and slug planned from other front matter.
     */
    private AssembledPost assemble(PlannedPost planned, LinkTargets files, String fingerprint) {
        DescribedPost described = planned.post();
        SourceFile source = described.source();
        try {
            byte[] bytes = reader.readBytes(source.file(), source.size());
            if (!SourceReader.hash(bytes, fingerprint).equals(described.contentHash())) {
                return new AssembledPost(
                        planned,
                        null,
                        error(
                                source.path(),
                                "the file changed while it was being imported; nothing of it was stored",
                                "import again (watch mode does by itself)"));
            }
            SourceDocument document = FrontMatterSplitter.split(SourceReader.decode(bytes));
            ImportedPost post = assembler.assemble(described, document);
            return new AssembledPost(planned, LinkCheck.check(post, document, files), null);
        } catch (ContentException e) {
            return new AssembledPost(planned, null, ContentProblem.error(source.path(), e));
        } catch (IOException e) {
            return new AssembledPost(planned, null, unreadable(source.path(), e));
        } catch (RuntimeException | StackOverflowError e) {
            return new AssembledPost(planned, null, bug(source.path(), e));
        }
    }

    private FileOutcome read(SourceFile file, StoredPost previous, LanguageRules languages, String fingerprint) {
        try {
            byte[] bytes = reader.readBytes(file.file(), file.size());
            String hash = SourceReader.hash(bytes, fingerprint);
            if (previous != null && previous.contentHash().equals(hash)) {
                return new FileOutcome.Unchanged(file.path());
            }
            SourceDocument document = FrontMatterSplitter.split(SourceReader.decode(bytes));
            return new FileOutcome.Parsed(file.path(), assembler.describe(file, document, hash, languages));
        } catch (ContentException e) {
            return new FileOutcome.Failed(file.path(), ContentProblem.error(file.path(), e));
        } catch (IOException e) {
            return new FileOutcome.Failed(file.path(), unreadable(file.path(), e));
        } catch (RuntimeException | StackOverflowError e) {
            return new FileOutcome.Failed(file.path(), bug(file.path(), e));
        }
    }

    private static ContentProblem outOfMemory(String path) {
        LOG.errorf("Importing %s ran out of memory, also when it was retried on its own", path);
        return error(
                path,
                "could not be imported: it needs more memory than the server has (it was tried again on its own)",
                "split the post; or lower the output budgets (quire.render.max-html-bytes,"
                        + " quire.content.max-front-matter-bytes) or give the server more heap (-Xmx)");
    }

    private static ContentProblem unreadable(String path, IOException e) {
        return error(path, "cannot read the file: " + e.getMessage(), "check the file's permissions");
    }

    private static ContentProblem bug(String path, Throwable e) {
        LOG.errorf(e, "Unexpected failure importing %s", path);
        return error(
                path,
                "could not be imported: " + e.getClass().getSimpleName(),
                "this is a bug in Quire; please report it with the file");
    }

    private static ContentProblem error(String path, String message, String hint) {
        return new ContentProblem(path, null, null, Severity.ERROR, message, hint);
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
