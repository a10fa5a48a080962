package io.quire.search.query;

import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.query.UserQueryParser.Expansion;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What a reader typed, as the query a search runs: the text parsed with one {@link Expansion} and
 * rewritten against the index, and the same with the list filters ({@link SearchFilters}) added.
 *
 * @param text the text query as rewritten: typo and prefix queries are the terms of this index they
 *     stand for, which is also what highlighting needs (expanding them again for each hit's text
 *     would cost more than the search)
 * @param filtered the text query with the filters, to run
 */
public record TextQuery(Query text, Query filtered) {

    /**
     * @throws IndexSearcher.TooManyClauses when the expansion makes too many clauses to run
     */
    public static TextQuery build(
            IndexSearcher searcher,
            Analyzer analyzer,
            String text,
            Expansion expansion,
            Collection<StemLanguage> languages,
            List<BooleanClause> filters)
            throws IOException {
        Query query = searcher.rewrite(UserQueryParser.parse(analyzer, text, expansion, languages));
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(full::add);
        return new TextQuery(query, full.build());
    }

    /**
     * Whose stemming a query's words get: the language asked for ({@code lang=}, whose posts are the
     * only ones searched), else every language the index has stemmed fields of.
     */
    public static Collection<StemLanguage> stemLanguages(String lang, IndexSnapshot snapshot) {
        return lang == null ? snapshot.stemLanguages() : List.of(StemLanguage.of(lang));
    }
}
