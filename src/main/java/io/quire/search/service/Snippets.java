package io.quire.search.service;

import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;

/**
 * Highlighted snippets of a hit's title, excerpt and body for a query, from the texts as the
 * database has them.
 *
 * <p>Where the query's words are in a text comes from the offsets the index stores in its postings
 * when the index holds that very text (the {@link SearchFields#TEXT_HASH hash} of the three texts
 * it indexed equals theirs): a few postings are read instead of analysing the text again. Otherwise
 * (a post changed since the index was built, a text not from the index) the text is analysed again.
 * Both find the same matches and passages; the stored offsets cost a fraction of analysing a long
 * body. Prefix queries too: their matches are the index's words that the prefix expanded to
 * ({@link SnippetHighlighter}).
 */
final class Snippets {

    /** Longest snippet of the body; titles and excerpts are short and shown whole up to this too. */
    static final int MAX_CHARS = 200;

    /** Body text looked at for a snippet: bounds the work per hit for a very long post. */
    static final int MAX_BODY_CHARS = 100_000;

    private static final List<String> FIELDS = List.of(SearchFields.TITLE, SearchFields.EXCERPT, SearchFields.BODY);

    private final Analyzer analyzer;
    private final SnippetHighlighter analysing;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.analysing = SnippetHighlighter.analysing(analyzer);
    }

    /** The texts of a hit as the database has them, and the language of its stemmed fields. */
    record Texts(String title, String excerpt, String body, StemLanguage stemming) {}

    /** Snippets of texts the index may not hold: analysed again. */
    Highlights of(Query query, Texts texts) {
        String[] values = {texts.title(), texts.excerpt(), texts.body()};
        String[] found = new String[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            String field = FIELDS.get(f);
            found[f] = snippet(
                    () -> analysing.field(field, query),
                    stemmed(texts.stemming(), field, stemmedField -> analysing.field(stemmedField, query)),
                    null,
                    -1,
                    values[f]);
        }
        return new Highlights(found[0], found[1], found[2]);
    }

    /**
     * Snippets of a page of hits of {@code searcher}, by document number in it: from the index's
     * offsets for each hit whose texts are those it indexed.
     */
    Map<Integer, Highlights> of(IndexSearcher searcher, Query query, Map<Integer, Texts> hits) {
        Map<Integer, Highlights> snippets = new HashMap<>();
        SnippetHighlighter indexed;
        try {
            indexed = SnippetHighlighter.indexed(searcher, analyzer, query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Per field, made when first needed and kept for the page's other hits: as written, and the
        // stemmed twins (by name) for a field whose words as written did not match.
        FieldHighlighter[] plain = new FieldHighlighter[FIELDS.size()];
        Map<String, FieldHighlighter> stemmed = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        try {
            for (Map.Entry<Integer, Texts> hit : hits.entrySet()) {
                int doc = hit.getKey();
                Texts texts = hit.getValue();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                int leafDoc = doc - leaf.docBase;
                NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), SearchFields.TEXT_HASH);
                if (!hashes.advanceExact(leafDoc)
                        || hashes.longValue() != SearchFields.textHash(texts.title(), texts.excerpt(), texts.body())) {
                    snippets.put(doc, of(query, texts));
                    continue;
                }
                String[] values = {texts.title(), texts.excerpt(), texts.body()};
                String[] found = new String[FIELDS.size()];
                for (int f = 0; f < FIELDS.size(); f++) {
                    int i = f;
                    found[f] = snippet(
                            () -> plain[i] != null ? plain[i] : (plain[i] = indexed.field(FIELDS.get(i), query)),
                            stemmed(
                                    texts.stemming(),
                                    FIELDS.get(i),
                                    stemmedField ->
                                            stemmed.computeIfAbsent(stemmedField, name -> indexed.field(name, query))),
                            leaf,
                            leafDoc,
                            values[f]);
                }
                snippets.put(doc, new Highlights(found[0], found[1], found[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snippets;
    }

    /** The highlighter of the stemmed twin of a field in a language, or null for a post without one. */
    private static Supplier<FieldHighlighter> stemmed(
            StemLanguage stemming, String field, Function<String, FieldHighlighter> highlighter) {
        return () -> stemming == StemLanguage.NONE ? null : highlighter.apply(stemming.field(field));
    }

    /**
     * The snippet of the field's matches as written; failing those, of its stemmed matches (the
     * stemmed field's analyser maps each stem back to the word in the text).
     *
     * @param leaf the index segment holding the text's offsets, or null to analyse the text
     */
    private static String snippet(
            Supplier<FieldHighlighter> plain,
            Supplier<FieldHighlighter> stemmed,
            LeafReaderContext leaf,
            int leafDoc,
            String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String content = cut(text);
        try {
            Object snippet = plain.get().highlightFieldForDoc(leaf == null ? null : leaf.reader(), leafDoc, content);
            FieldHighlighter stemmedHighlighter = snippet == null ? stemmed.get() : null;
            if (stemmedHighlighter != null) {
                snippet =
                        stemmedHighlighter.highlightFieldForDoc(leaf == null ? null : leaf.reader(), leafDoc, content);
            }
            return snippet == null ? null : snippet.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String text) {
        if (text.length() <= MAX_BODY_CHARS) {
            return text;
        }
        int end = MAX_BODY_CHARS;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
