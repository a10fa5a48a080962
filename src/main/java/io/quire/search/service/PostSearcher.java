package io.quire.search.service;

import io.quire.post.domain.Visibility;
import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.search.analysis.CommonWords;
import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.PostMeta;
import io.quire.search.index.SearchFields;
import io.quire.search.index.SearchIndex;
import io.quire.search.index.TagInfo;
import io.quire.search.query.SearchFilters;
import io.quire.search.query.UserQueryParser;
import io.quire.search.query.UserQueryParser.Expansion;
import io.quire.shared.Slugs;
import io.quire.tag.domain.TagCount;
import io.quire.web.InvalidParametersException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Full-text search, facets, highlighting and related posts over the {@link SearchIndex}. Answers
 * with database ids; callers load what they return from the database, which also drops a post that
 * changed since the index was built.
 */
@ApplicationScoped
public class PostSearcher {

    /** How much shared tags and similar text count for related posts; they add up to 1. */
    static final double RELATED_TAG_WEIGHT = 0.6;

    static final double RELATED_TEXT_WEIGHT = 0.4;

    private static final String TOO_COMPLEX = "is too long or complex to search for: use fewer words or operators";

    private final SearchIndex index;
    private final Snippets snippets;

    public PostSearcher(SearchIndex index) {
        this.index = index;
        this.snippets = new Snippets(index.analyzer());
    }

    /**
     * The page of posts visible at {@code now} (published ones; with {@code query.preview()}, all)
     * that match the query's text and filters, ranked by relevance (ties by slug) unless the query
     * asks for an order; from the current index.
     */
    public SearchResult search(PostQuery query, Instant now) {
        return search(query, now, index.snapshot(), null);
    }

    /**
     * Like {@link #search(PostQuery, Instant)}, in a given index.
     *
     * @param stillVisible null when the index is of the content the caller reads (every hit exists);
     *     else which of the posts (database ids) the index found the caller can still show: hits
     *     without it are left out before counting and paging, so that a page from an index older than
     *     the database still agrees with its own total
     */
    public SearchResult search(
            PostQuery query, Instant now, IndexSnapshot snapshot, Function<Collection<Long>, Set<Long>> stillVisible) {
        Optional<List<BooleanClause>> filters = SearchFilters.of(query, snapshot, now);
        if (filters.isEmpty()) {
            return new SearchResult(List.of(), 0, List.of(), null, snapshot.version(), null);
        }
        // Typos are allowed only when the words as written and their stems find nothing: a misspelled
        // word still finds its post, and the usual query, whose words are spelled right, costs a fraction
        // of one with every long word expanded to its near misses. A query too long to run expanded runs
        // with its words as written.
        IndexSearcher searcher = snapshot.searcher(query.preview());
        Collecting collecting = new Collecting(
                order(query.sort(), snapshot),
                query.sort() == null,
                query.offset() + query.size(),
                snapshot,
                stillVisible);
        Collection<StemLanguage> languages = stemLanguages(query.lang(), snapshot);
        Attempt result = run(searcher, query.text(), Expansion.STEMS, languages, filters.get(), collecting);
        if (result == null) {
            result = run(searcher, query.text(), Expansion.NONE, languages, filters.get(), collecting);
        } else if (result.collected().matched() == 0 && UserQueryParser.allowsTypos(index.analyzer(), query.text())) {
            Attempt wider = run(searcher, query.text(), Expansion.TYPOS, languages, filters.get(), collecting);
            if (wider != null) {
                result = wider;
            }
        }
        if (result == null) {
            throw new InvalidParametersException("q", TOO_COMPLEX);
        }
        ResultCollector.Collected collected = result.collected();
        List<SearchResult.Hit> page = new ArrayList<>(query.size());
        for (long i = query.offset(); i < collected.top().size(); i++) {
            Match match = collected.top().get((int) i);
            PostMeta post = snapshot.post(match.ord());
            page.add(new SearchResult.Hit(post.postId(), match.doc(), match.score(), post.stemming()));
        }
        return new SearchResult(
                page,
                collected.count(),
                tagFacets(collected.tagCounts(), snapshot),
                result.query(),
                snapshot.version(),
                searcher);
    }

    /**
     * What a search keeps of its matches: the first {@code limit} in {@code order}, of the posts the
     * caller can still show (all, when {@code stillVisible} is null).
     */
    private record Collecting(
            Comparator<Match> order,
            boolean byScore,
            long limit,
            IndexSnapshot snapshot,
            Function<Collection<Long>, Set<Long>> stillVisible) {

        ResultCollector.Collected collect(IndexSearcher searcher, Query query) throws IOException {
            return searcher.search(query, ResultCollector.manager(order, byScore, limit, allowed(searcher, query)));
        }

        /**
         * Which ords the caller can still show, or null for all: left out before counting and paging,
         * so that a page from an index older than the database still agrees with its own total.
         */
        private Bits allowed(IndexSearcher searcher, Query query) {
            if (stillVisible == null) {
                return null;
            }
            List<Match> matches = PostSearcher.collect(searcher, query);
            List<Long> ids = new ArrayList<>(matches.size());
            for (Match match : matches) {
                ids.add(snapshot.post(match.ord()).postId());
            }
            Set<Long> visible = stillVisible.apply(ids);
            FixedBitSet allowed = new FixedBitSet(snapshot.posts().size());
            for (Match match : matches) {
                if (visible.contains(snapshot.post(match.ord()).postId())) {
                    allowed.set(match.ord());
                }
            }
            return allowed;
        }
    }

    private record Attempt(Query query, ResultCollector.Collected collected) {}

    /**
     * Whose stemming a query's words get: the language asked for ({@code lang=}, whose posts are the
     * only ones searched), else every language the index has stemmed fields of.
     */
    private static Collection<StemLanguage> stemLanguages(String lang, IndexSnapshot snapshot) {
        return lang == null ? snapshot.stemLanguages() : List.of(StemLanguage.of(lang));
    }

    /** The text expanded so, run; null if that makes too many clauses to run. */
    private Attempt run(
            IndexSearcher searcher,
            String text,
            Expansion expansion,
            Collection<StemLanguage> languages,
            List<BooleanClause> filters,
            Collecting collecting) {
        try {
            // Rewritten here rather than inside search(): typo and prefix queries become the terms of this
            // index they stand for, which is also what highlighting needs (expanding them again for each
            // hit's text would cost more than the search).
            Query query = searcher.rewrite(UserQueryParser.parse(index.analyzer(), text, expansion, languages));
            BooleanQuery.Builder full = new BooleanQuery.Builder().add(query, Occur.MUST);
            filters.forEach(full::add);
            return new Attempt(query, collecting.collect(searcher, full.build()));
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Snippets of where a text matched a query (analysing the text); empty when only its tags did.
     * {@link #highlight(SearchResult, Map)} highlights a result's hits.
     */
    public Highlights highlight(Query query, StemLanguage stemming, String title, String excerpt, String body) {
        if (query == null) {
            return new Highlights(null, null, null);
        }
        return snippets.of(query, new Snippets.Texts(title, excerpt, body, stemming));
    }

    /** The texts of a hit as the database has them, to highlight. */
    public record HitTexts(String title, String excerpt, String body) {}

    /**
     * Snippets of where each of a result's hits matched, by database id, for the hits whose texts are
     * given; empty when only a hit's tags matched. Reads the offsets of the words in the index that
     * answered when it holds these very texts.
     */
    public Map<Long, Highlights> highlight(SearchResult result, Map<Long, HitTexts> texts) {
        Map<Long, Highlights> highlights = new HashMap<>();
        if (result.query() == null) {
            texts.keySet().forEach(id -> highlights.put(id, new Highlights(null, null, null)));
            return highlights;
        }
        Map<Integer, Snippets.Texts> byDoc = new HashMap<>();
        Map<Integer, Long> ids = new HashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            HitTexts hitTexts = texts.get(hit.postId());
            if (hitTexts != null) {
                byDoc.put(
                        hit.doc(),
                        new Snippets.Texts(hitTexts.title(), hitTexts.excerpt(), hitTexts.body(), hit.stemming()));
                ids.put(hit.doc(), hit.postId());
            }
        }
        snippets.of(result.searcher(), result.query(), byDoc)
                .forEach((doc, snippets) -> highlights.put(ids.get(doc), snippets));
        return highlights;
    }

    /**
     * Up to {@code limit} posts published at {@code now} most like a post, best first: by the tags
     * they share with it (a rare tag counts more than a common one) and by the similarity of their
     * title, tags and body ("more like this": the post's most distinctive words, searched for).
     * Equal scores are ordered by slug (then language), so the list is stable. Never the post itself, and
     * only posts in its language.
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
        for (Match match : collect(snapshot.searcher(), moreLikeThis(title, tagNames, body, reader, published))) {
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
            double score = RELATED_TAG_WEIGHT * tagScore + RELATED_TEXT_WEIGHT * textScore;
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

    private Query moreLikeThis(
            String title, List<String> tagNames, String body, IndexReader reader, Visibility visibility) {
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(new String[] {SearchFields.TITLE, SearchFields.TAGS, SearchFields.BODY});
            // Short posts use a word once; posts are few compared with web pages: take any word that
            // occurs in this post and in at least one other post (the post itself counts as one).
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            // Chinese and Japanese words are indexed as two-character bigrams.
            mlt.setMinWordLen(2);
            mlt.setStopWords(CommonWords.ENGLISH);
            mlt.setMaxQueryTerms(25);
            mlt.setBoost(true);
            Map<String, Collection<Object>> source = new HashMap<>();
            source.put(SearchFields.TITLE, List.of(title));
            source.put(SearchFields.TAGS, new ArrayList<>(tagNames));
            source.put(SearchFields.BODY, List.of(body == null ? "" : body));
            return new BooleanQuery.Builder()
                    .add(mlt.like(source), Occur.MUST)
                    .add(SearchFilters.visible(visibility), Occur.FILTER)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TagCount> tagFacets(Map<Long, Integer> counts, IndexSnapshot snapshot) {
        List<TagCount> facets = new ArrayList<>(counts.size());
        counts.forEach((id, count) -> {
            TagInfo tag = snapshot.tags().get(id);
            if (tag != null) {
                facets.add(new TagCount(tag.slug(), tag.name(), count));
            }
        });
        facets.sort(Comparator.comparingLong(TagCount::count)
                .reversed()
                .thenComparing(tag -> tag.name().toLowerCase(Locale.ROOT))
                .thenComparing(TagCount::slug));
        return facets;
    }

    /** The order of a result: relevance by default, else the list order the client asked for. */
    private static Comparator<Match> order(PostSort sort, IndexSnapshot snapshot) {
        Comparator<Match> bySlug = Comparator.comparing(
                        (Match match) -> snapshot.post(match.ord()).slug())
                .thenComparing(match -> snapshot.post(match.ord()).lang());
        if (sort == null) {
            return Comparator.comparingDouble((Match match) -> match.score())
                    .reversed()
                    .thenComparing(bySlug);
        }
        Comparator<Match> primary = switch (sort) {
            case DATE_DESC -> nullsLast(snapshot, PostMeta::publishedAt, true);
            case DATE_ASC -> nullsLast(snapshot, PostMeta::publishedAt, false);
            case TITLE_ASC ->
                Comparator.comparing(match -> snapshot.post(match.ord()).titleKey());
            case TITLE_DESC ->
                Comparator.comparing((Match match) -> snapshot.post(match.ord()).titleKey(), Comparator.reverseOrder());
            case UPDATED_DESC -> nullsLast(snapshot, PostMeta::updatedOrPublished, true);
        };
        return primary.thenComparing(bySlug);
    }

    /** Posts without the key last in both directions, as in the database order. */
    private static Comparator<Match> nullsLast(
            IndexSnapshot snapshot, java.util.function.Function<PostMeta, Long> key, boolean descending) {
        Comparator<Long> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(match -> key.apply(snapshot.post(match.ord())), Comparator.nullsLast(values));
    }

    /** A matching document: its ord, its document number in the searcher, and score. */
    record Match(int ord, int doc, float score) {}

    /** Every match with its score. */
    static List<Match> collect(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(query, new CollectorManager<MatchCollector, List<Match>>() {
                @Override
                public MatchCollector newCollector() {
                    return new MatchCollector();
                }

                @Override
                public List<Match> reduce(Collection<MatchCollector> collectors) {
                    List<Match> all = new ArrayList<>();
                    collectors.forEach(collector -> all.addAll(collector.matches));
                    return all;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects every match with its score: results are a few thousand at most, sorted in memory. */
    private static final class MatchCollector extends SimpleCollector {
        final List<Match> matches = new ArrayList<>();
        private NumericDocValues ords;
        private int docBase;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ords = DocValues.getNumeric(context.reader(), SearchFields.ORD);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ords.advanceExact(doc)) {
                matches.add(new Match((int) ords.longValue(), docBase + doc, scorer.score()));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
