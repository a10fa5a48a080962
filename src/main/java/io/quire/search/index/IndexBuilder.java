package io.quire.search.index;

import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.analysis.StemLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * Builds one {@link IndexSnapshot}, in memory or in a folder on disk: add the tags and every post,
 * then {@link #finish} (in memory) or {@link #write} (on disk, for {@link IndexFiles} to publish).
 * Not thread-safe; one build at a time.
 *
 * <p>No stored fields and no term vectors: the texts stay in the database. The title, excerpt and
 * body are indexed with the offsets of their words, which highlighting reads for a hit instead of
 * analysing its text again (the index grows by half for it; see docs/benchmarks.md). Their stemmed
 * twins are not: a snippet needs them only when the words as written did not match, and offsets
 * there too would add another half for a tenth of the saving. "More like this" analyses the text it
 * is given.
 *
 * <p>Drafts go to an index of their own, which only a preview searches (together with the main one):
 * the term statistics that rank public results, and the tag frequencies of related posts, never
 * count a draft, so no score tells a public reader anything about one.
 */
public final class IndexBuilder implements AutoCloseable {

    /** Text with the offsets of its words in the postings, for highlighting. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final long startedNanos = System.nanoTime();

    /**
     * Each finished file is copied into one array of its exact size: the default keeps the growing
     * blocks it was written into, which held twice the index size on the heap (71 MiB for a 34 MiB
     * index of 10,000 posts).
     */
    private final Directory directory;

    private final Directory draftDirectory;

    private final IndexWriter writer;
    private final IndexWriter draftWriter;
    private final List<PostMeta> posts = new ArrayList<>();
    private Map<Long, TagInfo> tags = Map.of();
    private final Set<StemLanguage> stemLanguages = EnumSet.noneOf(StemLanguage.class);

    /**
     * @param bufferMb memory for documents not yet written to a segment: more means fewer segments to
     *     merge (10,000 posts of 1,000 words build in about half the time with 128 than with 32)
     */
    public IndexBuilder(SearchAnalyzer analyzer, int bufferMb) {
        this(analyzer, bufferMb, inMemory(), inMemory());
    }

    /**
     * Builds into a folder on disk ({@link IndexFiles#MAIN} and {@link IndexFiles#DRAFTS} in it).
     *
     * @throws IOException if the folder cannot be written
     */
    public IndexBuilder(SearchAnalyzer analyzer, int bufferMb, Path folder) throws IOException {
        this(
                analyzer,
                bufferMb,
                FSDirectory.open(folder.resolve(IndexFiles.MAIN)),
                FSDirectory.open(folder.resolve(IndexFiles.DRAFTS)));
    }

    private IndexBuilder(SearchAnalyzer analyzer, int bufferMb, Directory directory, Directory draftDirectory) {
        this.directory = directory;
        this.draftDirectory = draftDirectory;
        try {
            writer = new IndexWriter(directory, config(analyzer, bufferMb));
            draftWriter = new IndexWriter(draftDirectory, config(analyzer, Math.max(1, bufferMb / 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    private static IndexWriterConfig config(SearchAnalyzer analyzer, int bufferMb) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // Merges run on the building thread: the machine's other cores serve requests.
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(bufferMb);
    }

    public void tags(Map<Long, TagInfo> tags) {
        this.tags = Map.copyOf(tags);
    }

    public void add(IndexedPost post) {
        int ord = posts.size();
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(post.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.ORD, ord));
        doc.add(new NumericDocValuesField(
                SearchFields.TEXT_HASH, SearchFields.textHash(post.title(), post.excerpt(), post.body())));
        StemLanguage stemming = post.stemming();
        if (stemming != StemLanguage.NONE) {
            stemLanguages.add(stemming);
        }
        text(doc, SearchFields.TITLE, post.title(), stemming, TEXT_WITH_OFFSETS);
        text(doc, SearchFields.EXCERPT, post.excerpt(), stemming, TEXT_WITH_OFFSETS);
        text(doc, SearchFields.BODY, post.body(), stemming, TEXT_WITH_OFFSETS);
        long[] tagIds = new long[post.tags().size()];
        for (int i = 0; i < tagIds.length; i++) {
            IndexedPost.Tag tag = post.tags().get(i);
            tagIds[i] = tag.id();
            doc.add(new StringField(SearchFields.TAG_ID, Long.toString(tag.id()), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(SearchFields.TAG_ID, new BytesRef(Long.toString(tag.id()))));
            text(doc, SearchFields.TAGS, tag.name(), stemming, TextField.TYPE_NOT_STORED);
        }
        doc.add(new StringField(SearchFields.FEATURED, Boolean.toString(post.featured()), Field.Store.NO));
        doc.add(new StringField(SearchFields.LANG, post.lang(), Field.Store.NO));
        doc.add(new StringField(SearchFields.DRAFT, Boolean.toString(post.draft()), Field.Store.NO));
        Long published = Micros.ofNullable(post.publishedAt());
        if (published != null) {
            doc.add(new LongPoint(SearchFields.PUBLISHED, published));
        }
        long visibleFrom = published == null ? Long.MIN_VALUE : published;
        long visibleUntil = post.expiresAt() == null ? Long.MAX_VALUE : Micros.of(post.expiresAt());
        doc.add(new LongPoint(SearchFields.VISIBLE_FROM, visibleFrom));
        doc.add(new LongPoint(SearchFields.VISIBLE_UNTIL, visibleUntil));
        try {
            (post.draft() ? draftWriter : writer).addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant updated = post.updatedAt() != null ? post.updatedAt() : post.publishedAt();
        posts.add(new PostMeta(
                post.id(),
                post.slug(),
                post.title().toLowerCase(Locale.ROOT),
                published,
                Micros.ofNullable(updated),
                post.draft(),
                visibleFrom,
                visibleUntil,
                tagIds,
                post.lang(),
                stemming));
    }

    /** The field, with the type given, and its stemmed twin (without offsets) in the post's language. */
    private static void text(Document doc, String field, String value, StemLanguage stemming, FieldType type) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new Field(field, value, type));
        if (stemming != StemLanguage.NONE) {
            doc.add(new Field(stemming.field(field), value, TextField.TYPE_NOT_STORED));
        }
    }

    /** Commits, merges to one segment (smaller, faster to search) and opens the snapshot. */
    public IndexSnapshot finish(long version) {
        try {
            IndexContents contents = write(version);
            return IndexSnapshot.open(directory, draftDirectory, contents, contents.buildMillis(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits and merges each index to one segment (smaller, faster to search), closes them, and says
     * what else a snapshot of them holds.
     */
    public IndexContents write(long version) throws IOException {
        for (IndexWriter open : List.of(writer, draftWriter)) {
            open.forceMerge(1);
            open.close();
        }
        return new IndexContents(
                version,
                List.copyOf(posts),
                tags,
                Set.copyOf(stemLanguages),
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** Drops a build that will not be finished; releases the directories of one written to disk. */
    @Override
    public void close() {
        try {
            for (IndexWriter open : List.of(writer, draftWriter)) {
                if (open.isOpen()) {
                    open.rollback();
                }
            }
            if (directory instanceof FSDirectory) {
                directory.close();
                draftDirectory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
