package io.quire.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of every text field, for any language a post may be written in.
 *
 * <p>Plain fields ({@code title}, {@code body}, ...): Unicode word segmentation (UAX#29), full- and
 * half-width forms folded, lower case, accents folded ({@code Überwachung} is found by {@code
 * uberwachung}), Chinese/Japanese/Korean runs cut into overlapping bigrams (those scripts do not
 * separate words with spaces, and a bigram index finds any word of two or more characters without
 * a dictionary), and the few English stop words removed. Nothing language-specific beyond that, so
 * German or Chinese text is indexed as written.
 *
 * <p>Stemmed twins ({@code body_en}, {@code body_de}: see {@link StemLanguage#field}) add one
 * language's stemmer. English: possessives removed and Porter's stemmer on the folded words, so that
 * {@code deploying} finds {@code deployment}. Other languages: their stemmer on the lower-cased words
 * with their accents (which several stemmers read), then the folding of the plain fields, so that
 * {@code Häuser} and {@code hauser} find {@code Haus}. A post gets the twin of its own language only
 * ({@link StemLanguage#ofPost}); a query is run against the plain fields and against the twins of the
 * languages searched, those with a lower weight.
 */
public final class SearchAnalyzer extends Analyzer {

    /**
     * Positions between the values of a multi-valued field (the tags), so that a phrase never
     * matches across two of them.
     */
    private static final int VALUE_GAP = 100;

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    public SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StemLanguage stemming = StemLanguage.ofField(fieldName);
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        if (stemming == StemLanguage.ENGLISH) {
            result = new EnglishPossessiveFilter(result);
        }
        result = new LowerCaseFilter(result);
        if (stemming != StemLanguage.ENGLISH && stemming != StemLanguage.NONE) {
            result = stemming.stem(result);
        }
        result = new ASCIIFoldingFilter(result);
        result = new CJKBigramFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        if (stemming == StemLanguage.ENGLISH) {
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    /** What prefix and explicit fuzzy terms go through: the character folding, no tokenising. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
