package io.quire.content.importer;

import io.quire.content.ContentException;
import io.quire.content.assemble.DescribedPost;
import io.quire.content.assemble.ImportedPost;
import io.quire.content.assemble.LinkCheck;
import io.quire.content.assemble.PostAssembler;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.FrontMatterSplitter;
import io.quire.content.frontmatter.LanguageRules;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.content.plan.FileOutcome;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.ImportPlanner;
import io.quire.content.plan.PlannedPost;
import io.quire.content.read.SourceReader;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.scan.ContentScanner;
import io.quire.content.scan.ScanResult;
import io.quire.content.scan.SourceFile;
import io.quire.link.LinkTargets;
import io.quire.shared.Languages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the CPU time of this thread per post for each per-file stage of a full import (every
 * file new or changed), stages 2 to 6 as {@link ImportPipeline} runs them, without the database and
 * on one thread, over a folder of Markdown posts such as the corpus that bench/CorpusGenerator.java
 * writes. Run with
 *
 * <pre>
 *   ./mvnw test -Dtest=RenderBenchmark -Dquire.bench.corpus=/tmp/corpus/posts [-Dquire.bench.passes=6]
 * </pre>
 *
 * <p>The first passes warm the JIT up; the figures to read are the last passes'. Add {@code
 * -DargLine=-XX:StartFlightRecording=filename=render.jfr,settings=profile} to profile them.
 */
@EnabledIfSystemProperty(named = "quire.bench.corpus", matches = ".+")
class RenderBenchmark {

    private static final String[] STAGES = {
        "2 read (bytes, hash, UTF-8)",
        "3 front matter (split, describe)",
        "4 plan (per post)",
        "5 re-read (bytes, hash, UTF-8, split)",
        "5+6 render and assemble",
        "6 link check",
    };

    @Test
    void stagesPerPost() throws Exception {
        Path root = Path.of(System.getProperty("quire.bench.corpus"));
        int passes = Integer.getInteger("quire.bench.passes", 6);
        ImportLimits limits =
                new ImportLimits(ImportLimits.DEFAULT_MAX_FILE_SIZE, ImportLimits.DEFAULT_MAX_FILES, Set.of());
        SourceReader reader = new SourceReader(limits.maxFileSize());
        // As ImportPipeline builds them.
        PostAssembler assembler = new PostAssembler(
                new FrontMatterReader(
                        FrontMatterReader.DEFAULT_MAX_ALIASES_FOR_COLLECTIONS,
                        FrontMatterReader.DEFAULT_MAX_NESTING_DEPTH,
                        (int) limits.maxFileSize(),
                        limits.budget().maxFrontMatterBytes()),
                new MarkdownRenderer(limits.iframeHosts(), limits.budget()),
                limits.budget().maxFrontMatterBytes());
        ScanResult scan = new ContentScanner(limits.maxFiles()).scan(root);
        List<SourceFile> files = scan.files();
        LanguageRules languages =
                LanguageRules.of(files.stream().map(SourceFile::path).toList(), Languages.DEFAULT_LANGUAGE);
        String fingerprint = limits.fingerprint() + languages.fingerprint();
        LinkTargets targets = ScannedFiles.of(files, Set.of());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%d posts, %d passes, load average %.1f%n", files.size(), passes, os.getSystemLoadAverage());
        long htmlBytes = 0;
        for (int pass = 1; pass <= passes; pass++) {
            long[] cpu = new long[STAGES.length];
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                long t0 = threads.getCurrentThreadCpuTime();
                byte[] bytes = reader.readBytes(file.file(), file.size());
                String hash = SourceReader.hash(bytes, fingerprint);
                String text = SourceReader.decode(bytes);
                long t1 = threads.getCurrentThreadCpuTime();
                SourceDocument document = FrontMatterSplitter.split(text);
                DescribedPost described = assembler.describe(file, document, hash, languages);
                long t2 = threads.getCurrentThreadCpuTime();
                cpu[0] += t1 - t0;
                cpu[1] += t2 - t1;
                outcomes.add(new FileOutcome.Parsed(file.path(), described));
            }
            long t0 = threads.getCurrentThreadCpuTime();
            ImportPlan plan = new ImportPlanner().plan(outcomes, Map.of(), scan.complete());
            cpu[2] += threads.getCurrentThreadCpuTime() - t0;
            htmlBytes = 0;
            MessageDigest output = MessageDigest.getInstance("SHA-256");
            for (PlannedPost planned : plan.creates()) {
                SourceFile file = planned.post().source();
                long t1 = threads.getCurrentThreadCpuTime();
                byte[] bytes = reader.readBytes(file.file(), file.size());
                if (!SourceReader.hash(bytes, fingerprint).equals(planned.post().contentHash())) {
                    throw new IllegalStateException(file.path() + " changed during the benchmark");
                }
                SourceDocument document = FrontMatterSplitter.split(SourceReader.decode(bytes));
                long t2 = threads.getCurrentThreadCpuTime();
                ImportedPost post = assemble(assembler, planned.post(), document);
                long t3 = threads.getCurrentThreadCpuTime();
                post = LinkCheck.check(post, document, targets);
                long t4 = threads.getCurrentThreadCpuTime();
                cpu[3] += t2 - t1;
                cpu[4] += t3 - t2;
                cpu[5] += t4 - t3;
                htmlBytes += post.html().length();
                output.update(post.html().getBytes(StandardCharsets.UTF_8));
                output.update(post.plainText().getBytes(StandardCharsets.UTF_8));
            }
            long total = 0;
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < STAGES.length; i++) {
                total += cpu[i];
                line.append(String.format("  %-40s %7.1f µs%n", STAGES[i], cpu[i] / 1e3 / files.size()));
            }
            System.out.printf(
                    "pass %d: %.1f µs CPU per post (%d chars of HTML in all, HTML and text SHA-256 %s), load average"
                            + " %.1f%n%s",
                    pass,
                    total / 1e3 / files.size(),
                    htmlBytes,
                    HexFormat.of().formatHex(output.digest()).substring(0, 16),
                    os.getSystemLoadAverage(),
                    line);
        }
    }

    private static ImportedPost assemble(PostAssembler assembler, DescribedPost described, SourceDocument document) {
        try {
            return assembler.assemble(described, document);
        } catch (ContentException e) {
            throw new IllegalStateException(described.path() + ": " + e.getMessage(), e);
        }
    }
}
