package io.quire.search.index;

import io.quire.content.frontmatter.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * One immutable search index over the posts as they were at one content version: the Lucene
 * searcher plus what sorting and faceting need. Requests keep using the snapshot they started with
 * while a newer one is built.
 *
 * @param version the content version the index was built from (read before reading the posts)
 * @param posts by ord (see {@link SearchFields#ORD})
 * @param tags every tag by database id, for facets and for resolving {@code tag=} values
 * @param bytes size of the index files
 * @param buildMillis how long building took
 */
public record IndexSnapshot(
        long version,
        IndexSearcher searcher,
        List<PostMeta> posts,
        Map<Long, TagInfo> tags,
        long bytes,
        long buildMillis) {

    public DirectoryReader reader() {
        return (DirectoryReader) searcher.getIndexReader();
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
