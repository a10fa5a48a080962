package io.quire.search.service;

import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter with the passages of {@link Snippets}: a title or an excerpt is one
 * passage, a body's passages are its lines. With a searcher it reads where a hit's words are from the
 * offsets stored in the index's postings; without one it analyses the text again.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /**
     * Passages are the plain text's lines (paragraphs, list items, table rows), which the formatter
     * cuts around their first match. The JDK's sentence BreakIterator found the same passages at about
     * half the cost of a whole search: it walks back over the text for every match. No length
     * normalisation: among lines with as many matches, the earlier one wins, which is usually the one
     * that says what the post is about.
     */
    private static final PassageScorer LINE_SCORER = new PassageScorer(1.2f, 0, 87);

    /** The query's matches in the index's documents, or null when analysing. */
    private final IndexMatches matches;

    private SnippetHighlighter(Builder builder, IndexMatches matches) {
        super(builder.withFormatter(new SnippetFormatter(Snippets.MAX_CHARS))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Snippets.MAX_BODY_CHARS));
        this.matches = matches;
    }

    /** Analyses the texts it is given; for any query, from any thread. */
    static SnippetHighlighter analysing(Analyzer analyzer) {
        return new SnippetHighlighter(UnifiedHighlighter.builderWithoutSearcher(analyzer), null);
    }

    /**
     * Reads the matches of one query from the searcher's index, for the fields indexed with offsets;
     * for one thread.
     */
    static SnippetHighlighter indexed(IndexSearcher searcher, Analyzer analyzer, Query query) throws IOException {
        return new SnippetHighlighter(
                UnifiedHighlighter.builder(searcher, analyzer), new IndexMatches(searcher, query));
    }

    /**
     * The highlighter of one field for one query (the query of an {@link #indexed} highlighter), for any
     * number of documents one after the other (it holds a break iterator: one thread at a time).
     */
    FieldHighlighter field(String field, Query query) {
        return getFieldHighlighter(field, query, extractTerms(query), 1);
    }

    /**
     * Lucene's strategy for offsets in the postings asks the query where it matches a document (its
     * {@link Weight#matches}) with a weight made for each document and field, which looks up every
     * term of the query again each time: with a query over eight fields, most of the cost of a
     * highlight. The same question asked of one weight per query, once per document.
     */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (matches == null
                || source != OffsetSource.POSTINGS
                || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return super.getOffsetStrategy(source, components);
        }
        return new FieldOffsetStrategy(components) {
            @Override
            public OffsetSource getOffsetSource() {
                return OffsetSource.POSTINGS;
            }

            @Override
            public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
                MatchesIterator iterator = matches.in(reader, doc, getField());
                return iterator == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(iterator);
            }
        };
    }

    /**
     * Where a field's matches come from: the index's offsets whenever it has them. Lucene analyses the
     * text again for a query with a prefix (or any other automaton) in it, to find which of the text's
     * words the automaton accepts; the query's weight finds the same words among the terms the prefix
     * expands to in the index, and their offsets, at a fraction of the cost of analysing a long body.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource optimized = super.getOptimizedOffsetSource(components);
        if (matches != null
                && optimized == OffsetSource.ANALYSIS
                && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
                && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return OffsetSource.POSTINGS;
        }
        return optimized;
    }

    /** Where one query matches documents of an index, for one document after the other. */
    private static final class IndexMatches {
        private final List<LeafReaderContext> leaves;
        private final Weight weight;
        private LeafReader leaf;
        private int doc = -1;
        private Matches matches;

        IndexMatches(IndexSearcher searcher, Query query) throws IOException {
            this.leaves = searcher.getIndexReader().leaves();
            this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        }

        /** The matches in one field of a document of a segment, or null if there are none. */
        MatchesIterator in(LeafReader reader, int doc, String field) throws IOException {
            if (reader != leaf || doc != this.doc) {
                LeafReaderContext context = leaves.stream()
                        .filter(candidate -> candidate.reader() == reader)
                        .findFirst()
                        .orElseThrow();
                matches = weight.matches(context, doc);
                leaf = reader;
                this.doc = doc;
            }
            return matches == null ? null : matches.getMatches(field);
        }
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return lines(field) ? new CustomSeparatorBreakIterator('\n') : new WholeBreakIterator();
    }

    @Override
    protected PassageScorer getScorer(String field) {
        return lines(field) ? LINE_SCORER : super.getScorer(field);
    }

    private static boolean lines(String field) {
        return field.equals(SearchFields.BODY) || field.startsWith(SearchFields.BODY + '_');
    }
}
