package io.quire.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The languages whose posts get stemmed twins of their text fields, each with the stemmer Lucene
 * ships for it (the "light" ones where there is one: they conflate the inflected forms of a word,
 * {@code Häuser} and {@code Haus}, {@code chevaux} and {@code cheval}, without the aggressive
 * suffix stripping that joins unrelated words; Snowball where Lucene has no light one). A post is
 * stemmed by the rules of its own language only, and a query's words are stemmed once per language
 * searched, each against that language's fields: German rules never touch an English post.
 *
 * <p>{@link #NONE} is every other language: Chinese, Japanese and Korean (bigrams find their words
 * without a stemmer) and languages Lucene has no stemmer for; their posts are matched as written.
 */
public enum StemLanguage {
    /** Kept exactly as before per-language stemming: possessives removed, Porter's stemmer. */
    ENGLISH("en", null),
    GERMAN("de", in -> new GermanLightStemFilter(new GermanNormalizationFilter(in))),
    FRENCH("fr", in -> new FrenchLightStemFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES))),
    SPANISH("es", SpanishLightStemFilter::new),
    ITALIAN("it", in -> new ItalianLightStemFilter(new ElisionFilter(in, WordLists.ITALIAN))),
    PORTUGUESE("pt", PortugueseLightStemFilter::new),
    DUTCH(
            "nl",
            in -> new SnowballFilter(new StemmerOverrideFilter(in, WordLists.DUTCH_EXCEPTIONS), new DutchStemmer())),
    SWEDISH("sv", SwedishLightStemFilter::new),
    NORWEGIAN("no", NorwegianLightStemFilter::new),
    DANISH("da", in -> new SnowballFilter(in, new DanishStemmer())),
    FINNISH("fi", FinnishLightStemFilter::new),
    HUNGARIAN("hu", HungarianLightStemFilter::new),
    CZECH("cs", CzechStemFilter::new),
    ROMANIAN("ro", in -> new SnowballFilter(in, new RomanianStemmer())),
    TURKISH("tr", in -> new SnowballFilter(in, new TurkishStemmer())),
    CATALAN("ca", in -> new SnowballFilter(in, new CatalanStemmer())),
    RUSSIAN("ru", RussianLightStemFilter::new),
    BULGARIAN("bg", BulgarianStemFilter::new),
    GREEK("el", in -> new GreekStemFilter(new GreekLowerCaseFilter(in))),
    LATVIAN("lv", LatvianStemFilter::new),
    INDONESIAN("id", in -> new IndonesianStemFilter(in, true)),
    ARABIC("ar", in -> new ArabicStemFilter(new ArabicNormalizationFilter(in))),
    /** No stemmed fields. */
    NONE(null, null);

    private static final Map<String, StemLanguage> BY_CODE = Arrays.stream(values())
            .filter(language -> language.code != null)
            .collect(Collectors.toUnmodifiableMap(language -> language.code, Function.identity()));

    /** Norwegian Bokmål and Nynorsk are tagged {@code nb} and {@code nn} as often as {@code no}. */
    private static final Map<String, StemLanguage> ALIASES = Map.of("nb", NORWEGIAN, "nn", NORWEGIAN);

    private final String code;
    private final Function<TokenStream, TokenStream> stemmer;

    StemLanguage(String code, Function<TokenStream, TokenStream> stemmer) {
        this.code = code;
        this.stemmer = stemmer;
    }

    /**
     * The stemming of a language tag ({@code de}, {@code pt-BR}, {@code zh_tw}): by its primary
     * subtag; {@link #NONE} for null and for languages without a stemmer.
     */
    public static StemLanguage of(String tag) {
        if (tag == null) {
            return NONE;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        StemLanguage language = BY_CODE.get(primary);
        if (language == null) {
            language = ALIASES.getOrDefault(primary, NONE);
        }
        return language;
    }

    /**
     * The stemming of a post. The post's language decides when its files declare one, or when the
     * site's default language (which an undeclared post has) is not English. An undeclared post on a
     * site whose default is English, the built-in default, may be anything: it is stemmed as English
     * only if its text looks English ({@link LanguageGuess}), as before languages were known, so that a
     * German post that never said so is not stemmed by English rules.
     *
     * @param lang the post's language tag
     * @param declared whether its files declare it
     * @param text title and body
     */
    public static StemLanguage ofPost(String lang, boolean declared, String text) {
        StemLanguage language = of(lang);
        if (declared || language != ENGLISH) {
            return language;
        }
        return LanguageGuess.isEnglish(null, text) ? ENGLISH : NONE;
    }

    /** The stemmed twin of a text field ({@code body_de}); this language must not be {@link #NONE}. */
    public String field(String field) {
        if (this == NONE) {
            throw new IllegalStateException("no stemmed field without a stemmer");
        }
        return field + '_' + code;
    }

    /** The language whose stemmed twin a field name is, or {@link #NONE} for a field as written. */
    static StemLanguage ofField(String field) {
        int underscore = field.lastIndexOf('_');
        return underscore < 0 ? NONE : BY_CODE.getOrDefault(field.substring(underscore + 1), NONE);
    }

    /** The stemmer over lower-cased words with their accents; for languages other than English. */
    TokenStream stem(TokenStream lowerCased) {
        return stemmer.apply(lowerCased);
    }

    /** Word lists of the stemmers, as Lucene's own analysers of these languages have them. */
    private static final class WordLists {
        /**
         * Words Dutch Snowball stems unlike their plural ({@code fiets} to {@code fiet}, but {@code
         * fietsen} to {@code fiets}), given their stem as DutchAnalyzer does.
         */
        static final StemmerOverrideFilter.StemmerOverrideMap DUTCH_EXCEPTIONS = dutchExceptions();

        /** What {@link ElisionFilter} removes before an Italian word. */
        static final CharArraySet ITALIAN = new CharArraySet(
                java.util.List.of(
                        "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                        "negl", "sugl", "un", "m", "t", "s", "v", "d"),
                true);

        private static StemmerOverrideFilter.StemmerOverrideMap dutchExceptions() {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            builder.add("fiets", "fiets");
            builder.add("bromfiets", "bromfiets");
            builder.add("ei", "eier");
            builder.add("kind", "kinder");
            try {
                return builder.build();
            } catch (IOException e) {
                throw new UncheckedIOException("building a map in memory cannot fail", e);
            }
        }
    }
}
