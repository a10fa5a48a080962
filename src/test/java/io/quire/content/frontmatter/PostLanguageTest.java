package io.quire.content.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostLanguageTest {

    private static final Set<String> FOLDERS = Set.of("en", "de", "pt-br", "zh_tw");

    private static PostLanguage of(String path, Map<String, Object> frontMatter) {
        return PostLanguage.of(path, frontMatter, FOLDERS, "en");
    }

    @Test
    void frontMatterThenFileSuffixThenFolderThenDefault() {
        assertEquals(new PostLanguage("fr", true, "path:news/x.md", null), of("de/news/x.md", Map.of("lang", "fr")));
        assertEquals(new PostLanguage("pt-br", true, "path:x.md", null), of("x.md", Map.of("locale", "pt_BR")));
        assertEquals(new PostLanguage("ja", true, "path:news/x.md", null), of("de/news/x.ja.md", Map.of()));
        assertEquals(new PostLanguage("de", true, "path:news/x.md", null), of("de/news/x.md", Map.of()));
        assertEquals(new PostLanguage("zh-tw", true, "path:x.md", null), of("zh_tw/x.md", Map.of()));
        assertEquals(new PostLanguage("en", false, "path:blog/x.md", null), of("blog/x.md", Map.of()));
        assertEquals(new PostLanguage("de", true, "path:about/index.md", null), of("about/index.de.md", Map.of()));
    }

    @Test
    void anInvalidTagIsReportedAndTheNextSourceUsed() {
        assertEquals(new PostLanguage("de", true, "path:x.md", "German"), of("de/x.md", Map.of("lang", "German")));
        assertEquals(
                new PostLanguage("es", true, "path:x.md", "??"), of("x.md", Map.of("lang", "??", "language", "es")));
    }

    @Test
    void translationsShareAnExplicitKeyOrTheirPathWithoutLanguage() {
        assertEquals(
                "key:guide",
                of("blog/guide.md", Map.of("translationKey", "guide")).translationKey());
        assertEquals("key:7", of("blog/guide.md", Map.of("translationKey", 7L)).translationKey());
        assertEquals(
                of("en/news/x.md", Map.of()).translationKey(),
                of("news/x.fr.md", Map.of()).translationKey());
        assertEquals("path:notes.v2.md", of("notes.v2.md", Map.of()).translationKey());
    }

    @Test
    void localeFoldersNeedCompany() {
        assertEquals(Set.of("de", "en"), PostLanguage.folders(List.of("en/a.md", "de/a.md", "docs/b.md", "x.md")));
        // beside other locale folders, a folder named like a language is one
        assertEquals(Set.of("de", "en", "ml"), PostLanguage.folders(List.of("en/a.md", "de/a.md", "ml/b.md")));
        assertEquals(Set.of(), PostLanguage.folders(List.of("ml/a.md", "docs/b.md", "it.md")));
        assertEquals(Set.of("pt-br", "zh_tw"), PostLanguage.folders(List.of("pt-br/a.md", "zh_tw/a.md")));
    }
}
