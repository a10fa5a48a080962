package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import java.time.Instant;
import java.util.List;

/** Posts for search tests, in the default language: English, or (not looking English) unstemmed. */
public final class IndexedPosts {

    private IndexedPosts() {}

    /** A post that is not a draft. */
    public static IndexedPost notDraft(
            long id,
            String slug,
            String title,
            String excerpt,
            String body,
            List<IndexedPost.Tag> tags,
            Instant publishedAt,
            Instant updatedAt,
            Instant expiresAt,
            boolean featured,
            boolean english) {
        return new IndexedPost(
                id,
                slug,
                title,
                excerpt,
                body,
                tags,
                publishedAt,
                updatedAt,
                expiresAt,
                featured,
                false,
                english ? StemLanguage.ENGLISH : StemLanguage.NONE,
                "en");
    }
}
