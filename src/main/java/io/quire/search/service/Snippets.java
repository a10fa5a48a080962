package io.quire.search.service;

import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets of a hit's title, excerpt and body for a query. The texts come from the
 * database and are re-analysed here, so the index need not store them.
 */
final class Snippets {

    /** Longest snippet of the body; titles and excerpts are short and shown whole up to this too. */
    static final int MAX_CHARS = 200;

    /** Body text looked at for a snippet: bounds the work per hit for a very long post. */
    static final int MAX_BODY_CHARS = 100_000;

    private final UnifiedHighlighter whole;
    private final UnifiedHighlighter paragraphs;

    Snippets(Analyzer analyzer) {
        SnippetFormatter formatter = new SnippetFormatter(MAX_CHARS);
        this.whole = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(formatter)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_BODY_CHARS)
                .build();
        // Passages are the plain text's lines (paragraphs, list items, table rows), which the formatter
        // cuts around their first match. The JDK's sentence BreakIterator found the same passages at
        // about half the cost of a whole search: it walks back over the text for every match.
        this.paragraphs = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                // No length normalisation: among lines with as many matches, the earlier one wins, which
                // is usually the one that says what the post is about.
                .withScorer(new PassageScorer(1.2f, 0, 87))
                .withFormatter(formatter)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_BODY_CHARS)
                .build();
    }

    String title(Query query, String title) {
        return snippet(whole, SearchFields.TITLE, query, title);
    }

    String excerpt(Query query, String excerpt) {
        return snippet(whole, SearchFields.EXCERPT, query, excerpt);
    }

    String body(Query query, String body) {
        return snippet(paragraphs, SearchFields.BODY, query, body);
    }

    /**
     * The snippet of the field's matches as written; failing those, of its stemmed matches (the
     * stemmed field's analyser maps each stem back to the word in the text).
     */
    private static String snippet(UnifiedHighlighter highlighter, String field, Query query, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String content = cut(text);
        try {
            Object snippet = highlighter.highlightWithoutSearcher(field, query, content, 1);
            if (snippet == null) {
                snippet = highlighter.highlightWithoutSearcher(SearchFields.english(field), query, content, 1);
            }
            return snippet == null ? null : snippet.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting a string cannot fail", e);
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
