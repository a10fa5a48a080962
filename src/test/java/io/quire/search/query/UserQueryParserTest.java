package io.quire.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quire.search.analysis.SearchAnalyzer;
import io.quire.search.analysis.StemLanguage;
import java.util.List;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reader's words may match with typos, and the queries that match nothing. */
class UserQueryParserTest {

    private static final SearchAnalyzer ANALYZER = new SearchAnalyzer();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "java, 0", // too many short words are one typo apart
        "cache, 1",
        "caching, 1",
        "deployed, 2",
        "internationalization, 2",
        "über, 0",
        "größe, 1", // letters, not bytes
        "日本語です, 1",
        "java17, 0", // not only letters: typed on purpose
        "v1.2.3, 0",
    })
    void longerWordsAllowMoreTypos(String word, int edits) {
        assertEquals(edits, UserQueryParser.allowedEdits(word));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "java      | false",
                "cache     | true",
                "the java  | false",
                "java17    | false",
                "deploying | true",
            })
    void aQueryAllowsTyposWhenOneOfItsWordsIsLongEnough(String text, boolean typos) {
        assertEquals(typos, UserQueryParser.allowsTypos(ANALYZER, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "*", "\"\"", "-", "|", "()", "?!", "—"})
    void aQueryWithoutWordsMatchesNothing(String text) {
        assertInstanceOf(
                MatchNoDocsQuery.class,
                UserQueryParser.parse(ANALYZER, text, UserQueryParser.Expansion.TYPOS, List.of(StemLanguage.NONE)));
    }
}
