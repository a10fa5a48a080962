package io.quire.content.frontmatter;

import io.quire.shared.Languages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one import tells languages: the content root's locale folders ({@link PostLanguage#folders}) and
 * the default language. Both decide what is made of every file, so they are part of each file's
 * change hash ({@link #fingerprint}): a new locale folder or another default re-reads every file.
 */
public record LanguageRules(Set<String> folders, String defaultLang) {

    public LanguageRules {
        folders = Set.copyOf(folders);
    }

    public static LanguageRules of(List<String> paths, String defaultLang) {
        return new LanguageRules(PostLanguage.folders(paths), defaultLang);
    }

    public static LanguageRules none() {
        return new LanguageRules(Set.of(), Languages.DEFAULT_LANGUAGE);
    }

    public PostLanguage language(String path, Map<String, Object> frontMatter) {
        return PostLanguage.of(path, frontMatter, folders, defaultLang);
    }

    public String fingerprint() {
        return ";locale-folders:" + new TreeSet<>(folders) + ";default-language:" + defaultLang;
    }
}
