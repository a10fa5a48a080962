package io.quire.search.service;

import io.quire.content.ContentVersion;
import io.quire.http.Cacheability;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostQuery;
import io.quire.post.service.TextSearch;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Full-text search for a request that reads the database in a transaction: in the index of the
 * database's version if there is one (waiting a moment for one being built); else in the newest index,
 * with the hits the database no longer shows left out, so that a page still agrees with its total, and
 * the response marked as not to be kept.
 */
@ApplicationScoped
public class IndexedTextSearch implements TextSearch {

    /** Ids per IN list when checking search hits against the database. */
    private static final int ID_BATCH = 1000;

    private final PostSearcher searcher;
    private final RelatedPosts relatedPosts;
    private final SearchIndex index;
    private final ContentVersion contentVersion;
    private final Cacheability cacheability;
    private final PostRepository posts;

    public IndexedTextSearch(
            PostSearcher searcher,
            RelatedPosts relatedPosts,
            SearchIndex index,
            ContentVersion contentVersion,
            Cacheability cacheability,
            PostRepository posts) {
        this.searcher = searcher;
        this.relatedPosts = relatedPosts;
        this.index = index;
        this.contentVersion = contentVersion;
        this.cacheability = cacheability;
        this.posts = posts;
    }

    @Override
    public Matches matching(PostQuery query, Visibility visibility) {
        SearchResult result = search(query, visibility);
        return new Matches(result.postIds(), result.totalHits());
    }

    /** The page of hits, with what highlighting them and the facets need. */
    @Transactional
    public SearchResult search(PostQuery query, Visibility visibility) {
        long stored = contentVersion.storedVersionInTransaction();
        IndexSnapshot snapshot = index.snapshot(stored);
        if (snapshot.version() == stored) {
            return searcher.search(query, visibility.now(), snapshot, null);
        }
        cacheability.computedFromOtherVersion();
        return searcher.search(query, visibility.now(), snapshot, ids -> visibleIds(ids, visibility));
    }

    @Override
    public List<Long> related(Post post, List<String> tagNames, String plainText, Instant now, int limit) {
        long stored = contentVersion.storedVersionInTransaction();
        IndexSnapshot snapshot = index.snapshot(stored);
        if (snapshot.version() != stored) {
            cacheability.computedFromOtherVersion();
        }
        return relatedPosts.related(snapshot, post.id, post.title, tagNames, plainText, now, limit);
    }

    /** Which of these posts the reader sees now, in batches that any database accepts in an IN list. */
    private Set<Long> visibleIds(Collection<Long> ids, Visibility visibility) {
        Set<Long> visible = new HashSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            for (PostRow row :
                    posts.visibleRows(all.subList(from, Math.min(all.size(), from + ID_BATCH)), visibility)) {
                visible.add(row.id());
            }
        }
        return visible;
    }
}
