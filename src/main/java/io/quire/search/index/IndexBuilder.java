package io.quire.search.index;

import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.analysis.StemLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.index.Term;
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
    private final List<PostMeta> posts;
    private Map<Long, TagInfo> tags = Map.of();

    /** The index being updated, or null for a full build. */
    private final Previous previous;

    /** The posts of the index an update starts from, and what the update did to them. */
    private static final class Previous {
        final long version;
        final int count;
        final Map<Long, Integer> ords;
        final BitSet seen;
        int changed;
        int added;
        int removed;

        Previous(IndexContents contents) {
            version = contents.version();
            count = contents.posts().size();
            ords = new HashMap<>(count * 2);
            for (int ord = 0; ord < count; ord++) {
                ords.put(contents.posts().get(ord).postId(), ord);
            }
            seen = new BitSet(count);
        }
    }

    /**
     * @param bufferMb memory for documents not yet written to a segment: more means fewer segments to
     *     merge (10,000 posts of 1,000 words build in about half the time with 128 than with 32)
     */
    public IndexBuilder(SearchAnalyzer analyzer, int bufferMb) {
        this(analyzer, bufferMb, inMemory(), inMemory(), null);
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
                FSDirectory.open(folder.resolve(IndexFiles.DRAFTS)),
                null);
    }

    /**
     * Updates, in a folder holding a copy of a kept index ({@link IndexFiles#newBuildFrom}), that
     * index to the posts the source hands over: only the posts added, changed (by {@link
     * IndexedPost#contentHash()}) or gone are indexed or deleted, and the result answers every query
     * as a full build of the same posts would (see {@link #write}).
     *
     * @param previous the kept index's contents
     * @throws IOException if the folder cannot be written
     */
    public static IndexBuilder updating(SearchAnalyzer analyzer, int bufferMb, Path folder, IndexContents previous)
            throws IOException {
        return new IndexBuilder(
                analyzer,
                bufferMb,
                FSDirectory.open(folder.resolve(IndexFiles.MAIN)),
                FSDirectory.open(folder.resolve(IndexFiles.DRAFTS)),
                previous);
    }

    private IndexBuilder(
            SearchAnalyzer analyzer,
            int bufferMb,
            Directory directory,
            Directory draftDirectory,
            IndexContents previousContents) {
        this.directory = directory;
        this.draftDirectory = draftDirectory;
        this.previous = previousContents == null ? null : new Previous(previousContents);
        this.posts = previousContents == null ? new ArrayList<>() : new ArrayList<>(previousContents.posts());
        IndexWriterConfig.OpenMode mode =
                previousContents == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND;
        try {
            writer = new IndexWriter(directory, config(analyzer, bufferMb, mode));
            draftWriter = new IndexWriter(draftDirectory, config(analyzer, Math.max(1, bufferMb / 8), mode));
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

    private static IndexWriterConfig config(SearchAnalyzer analyzer, int bufferMb, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                // Merges run on the building thread: the machine's other cores serve requests.
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(bufferMb);
    }

    public void tags(Map<Long, TagInfo> tags) {
        this.tags = Map.copyOf(tags);
    }

    /**
     * Indexes a post. When updating, a post of the previous index with the same {@link
     * IndexedPost#contentHash()} is left as it is, and a changed one replaces its document.
     */
    public void add(IndexedPost post) {
        long hash = post.contentHash();
        try {
            if (previous != null) {
                Integer ord = previous.ords.get(post.id());
                if (ord != null) {
                    previous.seen.set(ord);
                    PostMeta old = posts.get(ord);
                    if (old.hash() == hash) {
                        return;
                    }
                    writer(old.draft()).deleteDocuments(idTerm(old.postId()));
                    posts.set(ord, index(post, ord, hash));
                    previous.changed++;
                    return;
                }
                previous.added++;
            }
            posts.add(index(post, posts.size(), hash));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the post's document, with this ord, to its index; what the snapshot keeps of it. */
    private PostMeta index(IndexedPost post, int ord, long hash) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(post.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.ORD, ord));
        doc.add(new NumericDocValuesField(
                SearchFields.TEXT_HASH, SearchFields.textHash(post.title(), post.excerpt(), post.body())));
        StemLanguage stemming = post.stemming();
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
        writer(post.draft()).addDocument(doc);
        Instant updated = post.updatedAt() != null ? post.updatedAt() : post.publishedAt();
        return new PostMeta(
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
                stemming,
                hash);
    }

    private IndexWriter writer(boolean draft) {
        return draft ? draftWriter : writer;
    }

    private static Term idTerm(long postId) {
        return new Term(SearchFields.ID, Long.toString(postId));
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
            return IndexSnapshot.open(
                    directory, draftDirectory, contents, contents.buildMillis(), IndexSnapshot.Origin.BUILT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits and merges each index to one segment (smaller, faster to search), closes them, and says
     * what else a snapshot of them holds.
     */
    public IndexContents write(long version) throws IOException {
        if (previous != null) {
            removeUnseen();
        }
        int indexed = 0;
        for (IndexWriter open : List.of(writer, draftWriter)) {
            // One segment also drops the documents an update deleted, so that the term statistics that
            // score every match are exactly those of a full build (deleted documents count in them until
            // merged away), and so are the answers.
            open.forceMerge(1);
            indexed += open.getDocStats().numDocs;
            open.close();
        }
        if (indexed != posts.size()) {
            throw new IOException("the index holds " + indexed + " posts, its list " + posts.size());
        }
        Set<StemLanguage> stemLanguages = EnumSet.noneOf(StemLanguage.class);
        for (PostMeta post : posts) {
            if (post.stemming() != StemLanguage.NONE) {
                stemLanguages.add(post.stemming());
            }
        }
        return new IndexContents(
                version,
                List.copyOf(posts),
                tags,
                Set.copyOf(stemLanguages),
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /**
     * Deletes the documents of the previous index's posts that the source no longer has, and keeps
     * the ords dense: the last post takes each freed ord (its {@link SearchFields#ORD} updated), so
     * the list of posts has no gaps, as after a full build.
     */
    private void removeUnseen() throws IOException {
        int before = previous.count;
        boolean[] freed = new boolean[before];
        List<Integer> holes = new ArrayList<>();
        for (int ord = previous.seen.nextClearBit(0); ord < before; ord = previous.seen.nextClearBit(ord + 1)) {
            PostMeta gone = posts.get(ord);
            writer(gone.draft()).deleteDocuments(idTerm(gone.postId()));
            freed[ord] = true;
            holes.add(ord);
        }
        for (int hole : holes) {
            while (!posts.isEmpty() && posts.size() - 1 < before && freed[posts.size() - 1]) {
                posts.remove(posts.size() - 1);
            }
            if (hole >= posts.size()) {
                break;
            }
            PostMeta moved = posts.remove(posts.size() - 1);
            posts.set(hole, moved);
            freed[hole] = false;
            writer(moved.draft()).updateNumericDocValue(idTerm(moved.postId()), SearchFields.ORD, hole);
        }
        previous.removed = holes.size();
    }

    /**
     * What an update did, for the log: empty for a full build.
     */
    public Optional<String> updateSummary() {
        return previous == null
                ? Optional.empty()
                : Optional.of(String.format(
                        Locale.ROOT,
                        "updated from content version %d: %d posts indexed again, %d added, %d removed, %d kept",
                        previous.version,
                        previous.changed,
                        previous.added,
                        previous.removed,
                        previous.count - previous.changed - previous.removed));
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
