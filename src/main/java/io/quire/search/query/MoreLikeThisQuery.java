package io.quire.search.query;

import io.quire.post.domain.Visibility;
import io.quire.search.analysis.CommonWords;
import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The posts a reader sees whose title, tags and body are like a post's ("more like this": the post's
 * most distinctive words, searched for), for related posts.
 */
public final class MoreLikeThisQuery {

    private MoreLikeThisQuery() {}

    public static Query of(
            Analyzer analyzer,
            String title,
            List<String> tagNames,
            String body,
            IndexReader reader,
            Visibility visibility) {
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
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
}
