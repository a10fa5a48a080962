package io.quire.search.service;

import static io.quire.search.service.SearchCorpus.NOW;
import static io.quire.search.service.SearchCorpus.POSTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quire.search.index.IndexedPost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Related posts in {@link SearchCorpus}: by shared tags and similar text. */
class RelatedPostsTest {

    private final RelatedPosts relatedPosts = new RelatedPosts(SearchCorpus.index());

    @Test
    void relatedPostsShareTagsOrTextNeverTheirPostAndOnlyVisibleOnes() {
        IndexedPost deploying = POSTS.get(0);
        List<Long> related = relatedPosts.related(
                deploying.id(), deploying.title(), List.of("Kubernetes", "Java"), deploying.body(), NOW, 5);
        // Each shares one tag: Java (undated notes) is on fewer posts than Kubernetes (pitfalls), so it says more.
        // The scheduled and the expired Kubernetes posts are not public; the rest share nothing.
        assertEquals(List.of(9L, 2L), related);
        assertEquals(
                List.of(9L),
                relatedPosts.related(
                        deploying.id(), deploying.title(), List.of("Kubernetes", "Java"), deploying.body(), NOW, 1));
    }

    @Test
    void relatedPostsOfEqualScoreAreOrderedBySlug() {
        // A post with only the C++ tag, whose text matches nothing: the one other C++ post.
        assertEquals(List.of(4L), relatedPosts.related(100, "Nothing in common", List.of("C++"), "", NOW, 5));
        // Two posts with the same tags and nothing else in common with the post: ordered by slug, not by id.
        assertEquals(List.of(11L, 10L), relatedPosts.related(100, "zzz", List.of("Retro"), "", NOW, 5));
    }
}
