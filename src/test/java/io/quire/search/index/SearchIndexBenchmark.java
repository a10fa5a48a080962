package io.quire.search.index;

import io.quire.content.assemble.ImportedPost;
import io.quire.content.assemble.PostAssembler;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.FrontMatterSplitter;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.scan.SourceFile;
import io.quire.post.service.PostQuery;
import io.quire.search.analysis.LanguageGuess;
import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.service.HitHighlighter;
import io.quire.search.service.PostSearcher;
import io.quire.search.service.RelatedPosts;
import io.quire.search.service.SearchResult;
import io.quire.shared.Slugs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the suite (the name does not end in Test): how long building the index takes, how big
 * it is and how fast queries are, over a folder of Markdown posts such as the corpus that
 * bench/CorpusGenerator.java writes. Run with
 *
 * <pre>
 *   ./mvnw test -Dtest=SearchIndexBenchmark -Dquire.bench.corpus=/tmp/corpus/posts
 * </pre>
 *
 * <p>With {@code -Dquire.bench.paths=FILE} (search paths written by {@code java
 * bench/CorpusGenerator.java --queries N --queries-out FILE}) it also runs each path's {@code q},
 * {@code tag} and {@code page} in a warm-up pass and three measured ones, and prints the CPU time of this thread per
 * search (the index's search, facets and page, then highlighting the page's hits): the cost of a
 * search that a busy machine disturbs least, without HTTP and the database.
 */
@EnabledIfSystemProperty(named = "quire.bench.corpus", matches = ".+")
class SearchIndexBenchmark {

    private static final List<String> QUERIES = List.of(
            "cache",
            "database migration",
            "\"connection pool\"",
            "deploy*",
            "latnecy",
            "replication lag",
            "kubernetes | postgres",
            "rollback -canary");

    @Test
    void buildAndSearch() throws Exception {
        Corpus corpus = load();
        List<IndexedPost> posts = corpus.posts();
        Map<Long, TagInfo> tags = corpus.tags();
        long textChars = posts.stream().mapToLong(post -> post.body().length()).sum();
        System.out.printf("%d posts, %d MB of plain text, %d tags%n", posts.size(), textChars >> 20, tags.size());

        int bufferMb = Integer.getInteger("quire.bench.bufferMb", 64);
        SearchIndex index = new SearchIndex(
                () -> 1L,
                (tagSink, postSink) -> {
                    tagSink.accept(tags);
                    posts.forEach(postSink);
                    return 1L;
                },
                new SearchAnalyzer(),
                bufferMb);
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        IndexSnapshot snapshot = index.refresh().join();
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = usedHeapAfterGc();
        System.out.printf(
                "build (buffer %d MiB): %d ms; index files %d MiB; heap growth across the build %d MiB"
                        + " (the posts' text held by this benchmark: %d MiB)%n",
                bufferMb, buildMillis, snapshot.bytes() >> 20, (heapAfter - heapBefore) >> 20, heapBefore >> 20);

        PostSearcher searcher = new PostSearcher(index);
        RelatedPosts relatedPosts = new RelatedPosts(index);
        HitHighlighter highlighter = new HitHighlighter(index);
        Instant now = Instant.now();
        for (String q : QUERIES) {
            PostQuery query = new PostQuery(
                    1, 20, List.of(), List.of(), null, null, null, null, null, q, null, null, false, null);
            long[] searchMicros = new long[15];
            long[] highlightMicros = new long[15];
            SearchResult result = null;
            for (int i = 0; i < searchMicros.length; i++) {
                long t0 = System.nanoTime();
                result = searcher.search(query, now);
                long t1 = System.nanoTime();
                highlight(highlighter, posts, result);
                long t2 = System.nanoTime();
                searchMicros[i] = (t1 - t0) / 1000;
                highlightMicros[i] = (t2 - t1) / 1000;
            }
            System.out.printf(
                    "q=%-24s hits %5d  search median %6.1f ms  highlight 20 hits median %6.1f ms%n",
                    q, result.totalHits(), median(searchMicros) / 1000.0, median(highlightMicros) / 1000.0);
        }
        String paths = System.getProperty("quire.bench.paths");
        if (paths != null) {
            searchPaths(searcher, highlighter, posts, Files.readAllLines(Path.of(paths)), now);
        }
        long[] relatedMicros = new long[50];
        for (int i = 0; i < relatedMicros.length; i++) {
            IndexedPost post = posts.get((i * 7919) % posts.size());
            long t0 = System.nanoTime();
            relatedPosts.related(
                    post.id(),
                    post.title(),
                    post.tags().stream().map(IndexedPost.Tag::name).toList(),
                    post.body(),
                    now,
                    5);
            relatedMicros[i] = (System.nanoTime() - t0) / 1000;
        }
        System.out.printf(
                "related: median %.1f ms over %d posts%n", median(relatedMicros) / 1000.0, relatedMicros.length);

        // What the index keeps on the heap: the difference with and without it, both after full collections.
        long withIndex = usedHeapAfterGc();
        index = null;
        snapshot = null;
        searcher = null;
        relatedPosts = null;
        highlighter = null;
        long withoutIndex = usedHeapAfterGc();
        System.out.printf("heap retained by the index: %d MiB%n", (withIndex - withoutIndex) >> 20);
    }

    /** The corpus's posts as the database would hand them to a build, and their tags. */
    private record Corpus(List<IndexedPost> posts, Map<Long, TagInfo> tags) {}

    private static Corpus load() throws Exception {
        Path root = Path.of(System.getProperty("quire.bench.corpus"));
        PostAssembler assembler = new PostAssembler(new FrontMatterReader(), new MarkdownRenderer(Set.of()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        Map<String, TagInfo> tagsBySlug = new HashMap<>();
        List<IndexedPost> posts = new ArrayList<>();
        long id = 0;
        for (Path file : files) {
            SourceDocument document = FrontMatterSplitter.split(Files.readString(file, StandardCharsets.UTF_8));
            ImportedPost imported = assembler.assemble(
                    assembler.describe(
                            new SourceFile(root.relativize(file).toString(), file, Files.size(file), false),
                            document,
                            "",
                            io.quire.content.frontmatter.LanguageRules.none()),
                    document);
            List<IndexedPost.Tag> tags = new ArrayList<>();
            for (String name : imported.tags()) {
                TagInfo tag = tagsBySlug.computeIfAbsent(
                        Slugs.slugify(name), slug -> new TagInfo(tagsBySlug.size() + 1, slug, name));
                tags.add(new IndexedPost.Tag(tag.id(), name));
            }
            posts.add(IndexedPosts.notDraft(
                    ++id,
                    imported.slug() + "-" + id,
                    imported.title(),
                    imported.excerpt(),
                    imported.plainText(),
                    tags,
                    imported.date() == null ? null : imported.date().instant(),
                    imported.updated() == null ? null : imported.updated().instant(),
                    null,
                    imported.featured(),
                    LanguageGuess.isEnglish(null, imported.title() + "\n" + imported.plainText())));
        }
        Map<Long, TagInfo> tags = new HashMap<>();
        tagsBySlug.values().forEach(tag -> tags.put(tag.id(), tag));
        return new Corpus(posts, tags);
    }

    /**
     * The CPU (this process: the building thread, JIT and GC) and wall time to have the next content
     * version's index on disk after 10 posts were edited: derived from the previous version's, three
     * times, against a full build of the same posts.
     */
    @Test
    void updateAfterTenEdits(@TempDir Path kept, @TempDir Path other) throws Exception {
        Corpus corpus = load();
        AtomicLong version = new AtomicLong(1);
        AtomicReference<List<IndexedPost>> current = new AtomicReference<>(corpus.posts());
        IndexSource source = new IndexSource() {
            @Override
            public long read(Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> posts) {
                tags.accept(corpus.tags());
                current.get().forEach(posts);
                return version.get();
            }

            @Override
            public long databaseId() {
                return 1;
            }
        };
        int bufferMb = Integer.getInteger("quire.bench.bufferMb", 64);
        SearchIndex index = new SearchIndex(
                version::get,
                source,
                new SearchAnalyzer(),
                bufferMb,
                Duration.ZERO,
                Duration.ofMinutes(5),
                new IndexFiles(kept));
        timed("full build, version 1", () -> index.refresh().join());
        for (int round = 1; round <= 3; round++) {
            List<IndexedPost> edited = new ArrayList<>(current.get());
            for (int i = round; i < edited.size(); i += edited.size() / 10) {
                IndexedPost post = edited.get(i);
                edited.set(
                        i,
                        new IndexedPost(
                                post.id(),
                                post.slug(),
                                post.title(),
                                post.excerpt(),
                                post.body() + "\nEdited in round " + round + ".",
                                post.tags(),
                                post.publishedAt(),
                                post.updatedAt(),
                                post.expiresAt(),
                                post.featured(),
                                post.draft(),
                                post.stemming(),
                                post.lang()));
            }
            current.set(edited);
            version.incrementAndGet();
            timed(
                    "10 posts edited, version " + version.get(),
                    () -> index.refresh().join());
        }
        SearchIndex full = new SearchIndex(
                version::get,
                source,
                new SearchAnalyzer(),
                bufferMb,
                Duration.ZERO,
                Duration.ofMinutes(5),
                new IndexFiles(other));
        timed(
                "full build of the same version " + version.get(),
                () -> full.refresh().join());
    }

    private static void timed(String what, java.util.function.Supplier<IndexSnapshot> build) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        IndexSnapshot snapshot = build.get();
        System.out.printf(
                "%s: %s, %d posts, CPU %.2f s, wall %.2f s, load average %.1f%n",
                what,
                snapshot.origin(),
                snapshot.posts().size(),
                (os.getProcessCpuTime() - cpu) / 1e9,
                (System.nanoTime() - wall) / 1e9,
                os.getSystemLoadAverage());
    }

    private static void searchPaths(
            PostSearcher searcher,
            HitHighlighter highlighter,
            List<IndexedPost> posts,
            List<String> paths,
            Instant now) {
        List<PostQuery> queries = new ArrayList<>();
        for (String path : paths) {
            String q = null;
            List<String> tags = new ArrayList<>();
            int page = 1;
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                switch (kv[0]) {
                    case "q" -> q = value;
                    case "tag" -> tags.add(value);
                    case "page" -> page = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unexpected parameter in " + path);
                }
            }
            queries.add(
                    new PostQuery(page, 20, tags, List.of(), null, null, null, null, null, q, null, null, false, null));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 4; pass++) {
            long[] searchCpu = new long[queries.size()];
            long[] highlightCpu = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                SearchResult result = searcher.search(queries.get(i), now);
                long t1 = threads.getCurrentThreadCpuTime();
                highlight(highlighter, posts, result);
                long t2 = threads.getCurrentThreadCpuTime();
                searchCpu[i] = (t1 - t0) / 1000;
                highlightCpu[i] = (t2 - t1) / 1000;
            }
            long[] total = new long[queries.size()];
            for (int i = 0; i < total.length; i++) {
                total[i] = searchCpu[i] + highlightCpu[i];
            }
            System.out.printf(
                    "%s %d paths, CPU per search: mean %.2f ms (search %.2f + highlight %.2f), p50 %.2f ms,"
                            + " p99 %.2f ms%n",
                    pass == 0 ? "warm-up " : "measured " + pass,
                    queries.size(),
                    mean(total) / 1000.0,
                    mean(searchCpu) / 1000.0,
                    mean(highlightCpu) / 1000.0,
                    percentile(total, 0.5) / 1000.0,
                    percentile(total, 0.99) / 1000.0);
        }
    }

    /** As the search service does: the page's hits at once, their texts as the database has them. */
    private static void highlight(HitHighlighter highlighter, List<IndexedPost> posts, SearchResult result) {
        Map<Long, HitHighlighter.HitTexts> texts = new HashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            IndexedPost post = posts.get((int) hit.postId() - 1);
            texts.put(hit.postId(), new HitHighlighter.HitTexts(post.title(), post.excerpt(), post.body()));
        }
        highlighter.highlight(result, texts);
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
