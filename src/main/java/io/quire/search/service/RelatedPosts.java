package io.quire.search.service;

import io.quire.post.domain.Visibility;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.PostMeta;
import io.quire.search.index.SearchFields;
import io.quire.search.index.SearchIndex;
import io.quire.search.index.TagInfo;
import io.quire.search.query.MoreLikeThisQuery;
import io.quire.search.query.SearchFilters;
import io.quire.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The posts most like a post, from the {@link SearchIndex}: by the tags they share with it and by the
 * similarity of their text. Answers with database ids.
 */
@ApplicationScoped
public class RelatedPosts {

    /** How much shared tags and similar text count for related posts; they add up to 1. */
    static final double TAG_WEIGHT = 0.6;

    static final double TEXT_WEIGHT = 0.4;

    private final SearchIndex index;

    public RelatedPosts(SearchIndex index) {
        this.index = index;
    }

    /**
     * Up to {@code limit} posts published at {@code now} most like a post, best first: by the tags
     * they share with it (a rare tag counts more than a common one) and by the similarity of their
     * title, tags and body ({@link MoreLikeThisQuery}). Equal scores are ordered by slug (then
     * language), so the list is stable. Never the post itself, and only posts in its language.
     *
     * @param postId the post's database id
     * @param tagNames the post's tags as written
     * @param body the post's plain text
     */
    public List<Long> related(long postId, String title, List<String> tagNames, String body, Instant now, int limit) {
        return related(index.snapshot(), postId, title, tagNames, body, now, limit);
    }

    /** Like {@link #related(long, String, List, String, Instant, int)}, in a given index. */
    public List<Long> related(
            IndexSnapshot snapshot,
            long postId,
            String title,
            List<String> tagNames,
            String body,
            Instant now,
            int limit) {
        Visibility published = Visibility.publicAt(now);
        Predicate<PostMeta> visible = SearchFilters.visibleMeta(published);
        IndexReader reader = snapshot.reader();
        Map<Long, Double> tagWeights = tagWeights(tagNames, snapshot, reader);
        double allTagsWeight =
                tagWeights.values().stream().mapToDouble(Double::doubleValue).sum();

        Map<Integer, Float> textScores = new HashMap<>();
        float selfScore = 0;
        float bestScore = 0;
        for (Match match : AllMatches.of(
                snapshot.searcher(),
                MoreLikeThisQuery.of(index.analyzer(), title, tagNames, body, reader, published))) {
            if (snapshot.post(match.ord()).postId() == postId) {
                selfScore = match.score();
            } else {
                textScores.put(match.ord(), match.score());
                bestScore = Math.max(bestScore, match.score());
            }
        }
        // The post's own score is what a perfect match would get; without it (not indexed), the best other.
        double textScale = selfScore > 0 ? selfScore : bestScore;

        // Related posts are in the post's language (a reader of one language is sent to no other).
        String lang = snapshot.posts().stream()
                .filter(post -> post.postId() == postId)
                .map(PostMeta::lang)
                .findFirst()
                .orElse(null);
        List<Scored> candidates = new ArrayList<>();
        for (int ord = 0; ord < snapshot.posts().size(); ord++) {
            PostMeta post = snapshot.post(ord);
            if (post.postId() == postId
                    || !visible.test(post)
                    || (lang != null && !post.lang().equals(lang))) {
                continue;
            }
            double shared = 0;
            for (long tagId : post.tagIds()) {
                shared += tagWeights.getOrDefault(tagId, 0.0);
            }
            double tagScore = allTagsWeight > 0 ? shared / allTagsWeight : 0;
            Float text = textScores.get(ord);
            double textScore = text == null || textScale <= 0 ? 0 : Math.min(1, text / textScale);
            double score = TAG_WEIGHT * tagScore + TEXT_WEIGHT * textScore;
            if (score > 0) {
                candidates.add(new Scored(post, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(scored -> scored.post().slug())
                .thenComparing(scored -> scored.post().lang()));
        return candidates.stream()
                .limit(limit)
                .map(scored -> scored.post().postId())
                .toList();
    }

    private record Scored(PostMeta post, double score) {}

    /** Each of the post's tags (by id) with its inverse document frequency: rare tags say more. */
    private static Map<Long, Double> tagWeights(List<String> tagNames, IndexSnapshot snapshot, IndexReader reader) {
        Set<String> slugs = new LinkedHashSet<>();
        tagNames.forEach(name -> slugs.add(Slugs.slugify(name)));
        Map<Long, Double> weights = new HashMap<>();
        int docs = reader.numDocs();
        for (TagInfo tag : snapshot.tags().values()) {
            if (slugs.contains(tag.slug())) {
                try {
                    int docFreq = reader.docFreq(new Term(SearchFields.TAG_ID, Long.toString(tag.id())));
                    weights.put(tag.id(), Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return weights;
    }
}
