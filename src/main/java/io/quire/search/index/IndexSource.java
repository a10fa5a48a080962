package io.quire.search.index;

import java.util.Map;
import java.util.function.Consumer;

/** Where the posts to index come from: the database, or a fixed list in tests. */
public interface IndexSource {

    /**
     * Hands over every tag, then every post (drafts included), one at a time (the posts of a large
     * site need not fit in memory twice).
     *
     * @return the content version of what was handed over
     */
    long read(Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> posts);

    /**
     * What tells this database apart from another (one created again starts its content versions
     * again), for naming the indexes kept on disk.
     */
    default long databaseId() {
        return 0;
    }
}
