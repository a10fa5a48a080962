package io.quire.search.query;

import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what a reader types into a query over title, tags, excerpt and body. Built on Lucene's
 * {@link SimpleQueryParser}, which never fails on malformed input (an unclosed quote or parenthesis
 * is taken literally), with this syntax:
 *
 * <ul>
 *   <li>words: every word must occur (in any field); {@code |} between words means either
 *   <li>{@code "a phrase"}: the words next to each other, in this order; no typo tolerance
 *   <li>{@code deploy*}: any word starting with {@code deploy} (at least two characters)
 *   <li>{@code -word}: leave out posts with the word; {@code ( )} group; {@code \} escapes
 *   <li>{@code word~1}: explicitly fuzzy with this edit distance
 * </ul>
 *
 * <p>Each plain word matches, per field, as written (full weight) and, for each language searched,
 * as its stem by that language's rules on the stemmed fields of that language's posts (half weight;
 * see {@link StemLanguage}). With {@link Expansion#TYPOS}, a word of 5 or more
 * letters also matches with typos (edit distance 1 for 5-7 letters, 2 for 8 or more, a tenth of the
 * weight): a post with the exact word ranks above one that only has a near miss.
 *
 * <p>A query of stop words or punctuation only matches nothing. Never throws for any input, except
 * {@link org.apache.lucene.search.IndexSearcher.TooManyClauses} for a query too large to run.
 */
public final class UserQueryParser extends SimpleQueryParser {

    static final float STEMMED_FACTOR = 0.5f;
    static final float FUZZY_FACTOR = 0.1f;

    /** Terms a fuzzy word may expand to per field: keeps typo tolerance cheap on a large index. */
    private static final int FUZZY_EXPANSIONS = 16;

    private static final int MIN_PREFIX_LENGTH = 2;

    /** What a plain word matches besides itself, from the cheapest query to the widest. */
    public enum Expansion {
        /** Only the words as written: about a tenth of the clauses (the fallback for very long queries). */
        NONE,
        /** Also their stems in the languages searched. */
        STEMS,
        /** Also their stems, and long words with typos: several times the work of {@link #STEMS}. */
        TYPOS
    }

    private final Expansion expansion;
    private final Collection<StemLanguage> languages;

    private UserQueryParser(Analyzer analyzer, Expansion expansion, Collection<StemLanguage> languages) {
        super(analyzer, SearchFields.TEXT_WEIGHTS);
        this.expansion = expansion;
        this.languages = languages;
        setDefaultOperator(Occur.MUST);
    }

    /**
     * @param languages the languages whose stemmed fields the words are matched on (with {@link
     *     Expansion#STEMS} and wider); {@link StemLanguage#NONE} is ignored
     */
    public static Query parse(Analyzer analyzer, String text, Expansion expansion, Collection<StemLanguage> languages) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // Also what keeps a lone "*" from meaning "everything" to SimpleQueryParser.
            return new MatchNoDocsQuery("no words in the query");
        }
        return new UserQueryParser(analyzer, expansion, languages).parse(text);
    }

    /** Whether some word of the text is long enough to be matched with typos. */
    public static boolean allowsTypos(Analyzer analyzer, String text) {
        UserQueryParser parser = new UserQueryParser(analyzer, Expansion.TYPOS, List.of());
        return parser.analyze(SearchFields.BODY, text).stream().anyMatch(term -> allowedEdits(term) > 0);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            String field = entry.getKey();
            float weight = entry.getValue();
            add(anyField, createBooleanQuery(field, text, Occur.MUST), weight);
            if (expansion != Expansion.NONE) {
                for (StemLanguage language : languages) {
                    if (language != StemLanguage.NONE) {
                        add(
                                anyField,
                                createBooleanQuery(language.field(field), text, Occur.MUST),
                                weight * STEMMED_FACTOR);
                    }
                }
            }
            if (expansion == Expansion.TYPOS) {
                add(anyField, typoTolerant(field, text), weight * FUZZY_FACTOR);
            }
        }
        return simplify(anyField.build());
    }

    /** The words of {@code text} in this field, the long ones with typos allowed; null if none is long. */
    private Query typoTolerant(String field, String text) {
        List<String> terms = analyze(field, text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean fuzzy = false;
        for (String term : terms) {
            int edits = allowedEdits(term);
            if (edits > 0) {
                all.add(new TypoQuery(new Term(field, term), edits, FUZZY_EXPANSIONS), Occur.MUST);
                fuzzy = true;
            } else {
                all.add(new TermQuery(new Term(field, term)), Occur.MUST);
            }
        }
        return fuzzy ? simplify(all.build()) : null;
    }

    /** Edit distance allowed for a word: none below 5 letters (too many short words are one typo apart). */
    static int allowedEdits(String term) {
        if (!term.codePoints().allMatch(Character::isLetter)) {
            return 0;
        }
        int letters = term.codePointCount(0, term.length());
        if (letters >= 8) {
            return 2;
        }
        return letters >= 5 ? 1 : 0;
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            BytesRef term = getAnalyzer().normalize(entry.getKey(), text);
            if (term.length == 0) {
                return null;
            }
            add(anyField, new TypoQuery(new Term(entry.getKey(), term), fuzziness, FUZZY_EXPANSIONS), entry.getValue());
        }
        return simplify(anyField.build());
    }

    @Override
    protected Query newPrefixQuery(String text) {
        String normalized = getAnalyzer().normalize(SearchFields.BODY, text).utf8ToString();
        if (normalized.codePointCount(0, normalized.length()) < MIN_PREFIX_LENGTH
                || normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return super.newPrefixQuery(text);
    }

    private List<String> analyze(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }
}
