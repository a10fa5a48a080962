package io.quire.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    @Test
    void germanIsLowerCasedAndAccentFoldedButNotStemmed() {
        assertEquals(
                List.of("die", "uberwachung", "der", "datenbanken", "strasse"),
                terms("body", "Die Überwachung der Datenbanken, Straße"));
    }

    @Test
    void chineseRunsBecomeOverlappingBigrams() {
        assertEquals(List.of("缓存", "存策", "策略"), terms("body", "缓存策略"));
        // A lone character stays a term of its own.
        assertEquals(List.of("c", "缓"), terms("body", "C++ 缓"));
    }

    @Test
    void japaneseKanjiHiraganaAndKatakanaBecomeBigrams() {
        assertEquals(List.of("全文", "文検", "検索", "索の", "の仕", "仕組", "組み"), terms("body", "全文検索の仕組み"));
        assertEquals(List.of("デー", "ータ", "タベ", "ベー", "ース"), terms("title", "データベース"));
    }

    @Test
    void fullWidthLettersAreFoldedToAscii() {
        assertEquals(List.of("java"), terms("title", "ＪＡＶＡ"));
    }

    @Test
    void englishStopWordsAreDropped() {
        assertEquals(List.of("art", "blameless", "postmortems"), terms("body", "The Art of Blameless Postmortems"));
        assertEquals(List.of(), terms("body", "the of and to"));
    }

    @Test
    void onlyTheEnglishTwinIsStemmed() {
        assertEquals(List.of("deploying", "developer's", "services"), terms("body", "Deploying developer's services"));
        assertEquals(List.of("deploi", "develop", "servic"), terms("body_en", "Deploying developer's services"));
    }

    @Test
    void eachLanguagesTwinStemsByItsOwnRules() {
        assertEquals(List.of("haus", "haus", "haus"), terms("body_de", "Häuser Hauser Haus"));
        assertEquals(List.of("cheval", "cheval", "home"), terms("body_fr", "chevaux cheval l'homme"));
        assertEquals(List.of("cancion", "cancion"), terms("body_es", "canciones canción"));
        assertEquals(List.of("fiets", "fiets"), terms("body_nl", "fietsen fiets"));
        assertEquals(List.of("книг", "книг"), terms("body_ru", "книги книга"));
        // English rules on a French word change nothing; French rules on an English one do.
        assertEquals(List.of("chevaux"), terms("body_en", "chevaux"));
        assertEquals(List.of("organization"), terms("body_de", "organization"));
        assertEquals(List.of("organ"), terms("body_en", "organization"));
    }

    @Test
    void aFieldOfNoKnownLanguageIsNotStemmed() {
        assertEquals(List.of("chevaux"), terms("body_xx", "chevaux"));
        assertEquals(List.of("chevaux"), terms("text_hash", "chevaux"));
    }

    @Test
    void prefixesAreNormalisedLikeTerms() {
        assertEquals("uber", analyzer.normalize("body", "ÜBER").utf8ToString());
    }

    private List<String> terms(String field, String text) {
        return terms(analyzer, field, text);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
