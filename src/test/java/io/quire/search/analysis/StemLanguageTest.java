package io.quire.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemLanguageTest {

    @ParameterizedTest
    @CsvSource({
        "de, GERMAN",
        "de-AT, GERMAN",
        "pt_br, PORTUGUESE",
        "nb, NORWEGIAN",
        "EN-gb, ENGLISH",
        "ja, NONE",
        "zh-tw, NONE",
        "xx, NONE"
    })
    void aTagIsStemmedByItsPrimaryLanguage(String tag, StemLanguage expected) {
        assertEquals(expected, StemLanguage.of(tag));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // declared: the language decides, whatever the text looks like
                "de | true | Deploying the service to the cluster, and why it is the way to do it now | GERMAN",
                "en | true | Die Überwachung einer Datenbank beginnt mit den richtigen Metriken | ENGLISH",
                // a site whose default is not English: its undeclared posts are in it
                "fr | false | Un cheval rapide gagne la course du dimanche | FRENCH",
                // undeclared on an English site: English only if it reads as English
                "en | false | This guide shows how to deploy a service to a cluster, and what it is for | ENGLISH",
                "en | false | Die Überwachung einer Datenbank beginnt mit den richtigen Metriken | NONE",
                "ja | true | 全文検索エンジンは転置インデックスを使います | NONE"
            })
    void aPostIsStemmedByTheLanguageItDeclaresOrLooksLike(
            String lang, boolean declared, String text, StemLanguage expected) {
        assertEquals(expected, StemLanguage.ofPost(lang, declared, text));
    }
}
