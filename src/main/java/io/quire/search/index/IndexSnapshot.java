package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import io.quire.shared.Slugs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * One immutable search index over the posts as they were at one content version: the Lucene
 * searcher plus what sorting and faceting need. Requests keep using the snapshot they started with
 * while a newer one is built.
 *
 * @param version the content version the index was built from
 * @param searcher the posts that are not drafts: what public searches, related posts and every term
 *     statistic read
 * @param previewSearcher every post, drafts included, for previews
 * @param posts by ord (see {@link SearchFields#ORD}), drafts included
 * @param tags every tag by database id, for facets and for resolving {@code tag=} values
 * @param stemLanguages the languages of the stemmed fields of its posts (drafts included): what a
 *     search in no particular language searches
 * @param bytes size of the index files
 * @param buildMillis how long building took, or opening it when it was opened from disk
 * @param origin whether it was built, updated from a previous version's index, or opened from a
 *     folder a previous build left ({@link IndexFiles})
 */
public record IndexSnapshot(
        long version,
        IndexSearcher searcher,
        IndexSearcher previewSearcher,
        List<PostMeta> posts,
        Map<Long, TagInfo> tags,
        Set<StemLanguage> stemLanguages,
        long bytes,
        long buildMillis,
        Origin origin) {

    /** Where a snapshot's index came from. */
    public enum Origin {
        /** Built from every post. */
        BUILT,
        /** Derived from the previous content version's index kept on disk, indexing only what changed. */
        UPDATED,
        /** Opened from a folder a previous build left. */
        OPENED
    }

    /** Whether it was opened from a folder a previous build left, nothing built. */
    public boolean opened() {
        return origin == Origin.OPENED;
    }

    /**
     * Opens the snapshot of indexes whose writers are closed.
     *
     * @param millis how long building or opening took
     */
    static IndexSnapshot open(Directory main, Directory drafts, IndexContents contents, long millis, Origin origin)
            throws IOException {
        DirectoryReader reader = DirectoryReader.open(main);
        DirectoryReader draftReader;
        try {
            draftReader = DirectoryReader.open(drafts);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        long bytes = 0;
        for (Directory files : List.of(main, drafts)) {
            for (String file : files.listAll()) {
                bytes += files.fileLength(file);
            }
        }
        return new IndexSnapshot(
                contents.version(),
                searcher(reader),
                searcher(new MultiReader(reader, draftReader)),
                contents.posts(),
                contents.tags(),
                contents.stemLanguages(),
                bytes,
                millis,
                origin);
    }

    /** The same snapshot, saying it took this long to build or open. */
    IndexSnapshot withMillis(long millis) {
        return new IndexSnapshot(version, searcher, previewSearcher, posts, tags, stemLanguages, bytes, millis, origin);
    }

    private static IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Every query carries a time filter that never repeats: caching filters would only cost memory.
        searcher.setQueryCache(null);
        return searcher;
    }

    /** The public index's reader. */
    public DirectoryReader reader() {
        return (DirectoryReader) searcher.getIndexReader();
    }

    /** What a search sees: every post for a preview, else the posts that are not drafts. */
    public IndexSearcher searcher(boolean preview) {
        return preview ? previewSearcher : searcher;
    }

    public PostMeta post(int ord) {
        return posts.get(ord);
    }

    /**
     * The tags a client's {@code tag=} value names, the way the database query of post lists matches
     * them: by slug, or by name ignoring case.
     */
    public List<Long> tagIdsMatching(String value) {
        String slug = Slugs.slugify(value);
        String name = value.toLowerCase(Locale.ROOT);
        List<Long> ids = new ArrayList<>(1);
        for (TagInfo tag : tags.values()) {
            if (tag.slug().equals(slug) || tag.name().toLowerCase(Locale.ROOT).equals(name)) {
                ids.add(tag.id());
            }
        }
        return ids;
    }
}
