package io.quire.search.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void englishProseIsEnglish() {
        assertTrue(LanguageGuess.isEnglish(
                null,
                "Quarkus starts fast and uses little memory, which makes it a good fit for small services. Create"
                        + " a project, add the extension and run it in dev mode."));
    }

    @Test
    void germanProseIsNot() {
        assertFalse(LanguageGuess.isEnglish(
                null,
                "Die Überwachung einer Datenbank beginnt mit den richtigen Metriken. Wer die Latenz der Abfragen"
                        + " kennt, findet Engpässe früher als seine Nutzer."));
    }

    @Test
    void chineseAndJapaneseAreNot() {
        assertFalse(LanguageGuess.isEnglish(null, "本文介绍常见的缓存策略和缓存失效。缓存用内存换取延迟。"));
        assertFalse(LanguageGuess.isEnglish(null, "全文検索エンジンは転置インデックスを使います。"));
    }

    @Test
    void aDeclaredLanguageWins() {
        assertTrue(LanguageGuess.isEnglish("en-GB", "Die Überwachung einer Datenbank"));
        assertFalse(LanguageGuess.isEnglish("de", "The art of blameless postmortems is about learning, not blame."));
    }

    @Test
    void aShortTextIsEnglishWhenItHasNoAccentedLetters() {
        assertTrue(LanguageGuess.isEnglish(null, "Deploying Quarkus"));
        assertFalse(LanguageGuess.isEnglish(null, "Über Datenbanken"));
    }
}
