package io.quire.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.analysis.StemLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search indexes kept on disk between restarts, without the database. */
class IndexFilesTest {

    private static final long DATABASE = 0xabcL;

    @TempDir
    Path root;

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger reads = new AtomicInteger();
    private volatile List<IndexedPost> posts = List.of(post(1, "haus", "Ein Haus am See", "de", false));

    private final IndexSource source = new IndexSource() {
        @Override
        public long read(Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> each) {
            reads.incrementAndGet();
            tags.accept(Map.of(7L, new TagInfo(7, "garten", "Garten")));
            posts.forEach(each);
            return version.get();
        }

        @Override
        public long databaseId() {
            return DATABASE;
        }
    };

    /** A new process over the same folder: a new index with nothing in memory. */
    private SearchIndex start(Path folder) {
        return new SearchIndex(
                version::get,
                source,
                new SearchAnalyzer(),
                16,
                Duration.ZERO,
                Duration.ofMinutes(5),
                new IndexFiles(folder));
    }

    @Test
    void aRestartOverTheSameContentOpensTheIndexWithoutBuildingIt() throws IOException {
        posts = List.of(
                post(1, "haus", "Ein Haus am See", "de", false), post(2, "entwurf", "Häuser im Entwurf", "de", true));
        IndexSnapshot built = start(root).snapshot();
        assertFalse(built.opened());
        assertEquals(1, reads.get());

        IndexSnapshot opened = start(root).snapshot();
        assertTrue(opened.opened());
        assertEquals(1, reads.get(), "nothing read from the database");
        assertEquals(1, opened.version());
        assertEquals(built.bytes(), opened.bytes());
        assertEquals(built.tags(), opened.tags());
        assertEquals(built.stemLanguages(), opened.stemLanguages());
        assertEquals(2, opened.posts().size());
        for (int ord = 0; ord < 2; ord++) {
            PostMeta before = built.post(ord);
            PostMeta after = opened.post(ord);
            assertEquals(
                    List.of(before.postId(), before.slug(), before.titleKey(), before.draft(), before.lang()),
                    List.of(after.postId(), after.slug(), after.titleKey(), after.draft(), after.lang()));
            assertEquals(before.publishedAt(), after.publishedAt());
            assertEquals(before.updatedOrPublished(), after.updatedOrPublished());
            assertEquals(before.visibleFrom(), after.visibleFrom());
            assertEquals(before.visibleUntil(), after.visibleUntil());
            assertEquals(before.stemming(), after.stemming());
            assertArrayEquals(before.tagIds(), after.tagIds());
        }
        // The stemmed German twin answers from disk as it did in memory; drafts only in a preview.
        TermQuery haus = new TermQuery(new Term(StemLanguage.GERMAN.field(SearchFields.TITLE), "haus"));
        assertEquals(1, opened.searcher(false).count(haus));
        assertEquals(2, opened.searcher(true).count(haus));
        assertEquals(List.of("f" + IndexFiles.FORMAT + "-abc-v1"), children());
    }

    @Test
    void aDamagedIndexIsBuiltAgain() throws IOException {
        start(root).snapshot();
        Path main = root.resolve("f" + IndexFiles.FORMAT + "-abc-v1").resolve(IndexFiles.MAIN);
        try (Stream<Path> files = Files.list(main)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        IndexSnapshot rebuilt = start(root).snapshot();
        assertFalse(rebuilt.opened());
        assertEquals(2, reads.get());
        assertEquals(1, rebuilt.searcher(false).count(new TermQuery(new Term(SearchFields.TITLE, "haus"))));
        // What it built is kept in place of the damaged one.
        assertTrue(start(root).snapshot().opened());
        assertEquals(2, reads.get());
    }

    @Test
    void aMissingContentsFileIsBuiltAgain() throws IOException {
        start(root).snapshot();
        Files.delete(root.resolve("f" + IndexFiles.FORMAT + "-abc-v1").resolve(IndexFiles.CONTENTS));
        assertFalse(start(root).snapshot().opened());
        assertEquals(2, reads.get());
    }

    @Test
    void aNewVersionGetsANewIndexAndTheOldOneIsDeleted() throws Exception {
        SearchIndex index = start(root);
        index.snapshot();
        posts = List.of(post(1, "haus", "Ein Haus am See", "de", false), post(3, "see", "Der See", "de", false));
        version.set(2);
        IndexSnapshot second = index.refresh().get();
        assertEquals(2, second.version());
        assertFalse(second.opened());
        assertEquals(List.of("f" + IndexFiles.FORMAT + "-abc-v2"), children());
        // The previous snapshot's files are gone from the folder; a restart opens version 2.
        assertTrue(start(root).snapshot().opened());
        assertEquals(2, reads.get());
    }

    @Test
    void aNewVersionIsDerivedFromTheKeptIndexOfThePreviousOne() throws Exception {
        SearchIndex index = start(root);
        index.snapshot();
        posts = List.of(post(1, "haus", "Ein Haus am See", "de", false), post(3, "see", "Der See", "de", true));
        version.set(2);
        IndexSnapshot second = index.refresh().get();
        assertEquals(IndexSnapshot.Origin.UPDATED, second.origin());
        assertEquals(
                List.of(1L, 3L), second.posts().stream().map(PostMeta::postId).toList());
        // Post 3 is a draft: in the drafts' index, found only by a preview.
        assertEquals(2, second.searcher(true).count(new TermQuery(new Term(SearchFields.TITLE, "see"))));
        assertEquals(1, second.searcher(false).count(new TermQuery(new Term(SearchFields.TITLE, "see"))));
        assertEquals(List.of("f" + IndexFiles.FORMAT + "-abc-v2"), children());
        assertTrue(start(root).snapshot().opened());
    }

    @Test
    void anIndexOfAnotherFormatIsNotUpdatedButBuiltInFull() throws Exception {
        SearchIndex index = start(root);
        index.snapshot();
        Path kept = root.resolve("f" + IndexFiles.FORMAT + "-abc-v1");
        Files.move(kept, root.resolve("f" + (IndexFiles.FORMAT - 1) + "-abc-v1"));
        version.set(2);
        IndexSnapshot second = index.refresh().get();
        assertEquals(IndexSnapshot.Origin.BUILT, second.origin());
        assertEquals(List.of("f" + IndexFiles.FORMAT + "-abc-v2"), children());
    }

    @Test
    void aDamagedPreviousIndexIsNotUpdatedButBuiltInFull() throws Exception {
        SearchIndex index = start(root);
        index.snapshot();
        Path main = root.resolve("f" + IndexFiles.FORMAT + "-abc-v1").resolve(IndexFiles.MAIN);
        try (Stream<Path> files = Files.list(main)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        posts = List.of(post(1, "haus", "Ein Haus am See", "de", false), post(3, "see", "Der See", "de", false));
        version.set(2);
        IndexSnapshot second = index.refresh().get();
        assertEquals(IndexSnapshot.Origin.BUILT, second.origin());
        assertEquals(2, second.searcher(false).count(new TermQuery(new Term(SearchFields.TITLE, "see"))));
        assertEquals(List.of("f" + IndexFiles.FORMAT + "-abc-v2"), children());
    }

    @Test
    void anotherDatabaseWithTheSameVersionDoesNotOpenThisOne() {
        start(root).snapshot();
        IndexSource other = (tags, each) -> {
            reads.incrementAndGet();
            tags.accept(Map.of());
            return 1;
        };
        IndexSnapshot fresh = new SearchIndex(
                        version::get,
                        other,
                        new SearchAnalyzer(),
                        16,
                        Duration.ZERO,
                        Duration.ofMinutes(5),
                        new IndexFiles(root))
                .snapshot();
        assertFalse(fresh.opened());
        assertEquals(0, fresh.posts().size());
    }

    @Test
    void aFolderThatCannotBeWrittenFallsBackToMemory() throws IOException {
        Path notAFolder = Files.writeString(root.resolve("file"), "in the way");
        IndexSnapshot snapshot = start(notAFolder.resolve("index")).snapshot();
        assertFalse(snapshot.opened());
        assertEquals(1, snapshot.posts().size());
    }

    private List<String> children() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static IndexedPost post(long id, String slug, String title, String lang, boolean draft) {
        return new IndexedPost(
                id,
                slug,
                title,
                null,
                "Text von " + slug,
                List.of(new IndexedPost.Tag(7, "Garten")),
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                null,
                false,
                draft,
                StemLanguage.of(lang),
                lang);
    }
}
