package io.quire.content.frontmatter;

import io.quire.shared.Languages;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A post's language and what links it to its translations.
 *
 * <p>The language is, in this order: the front matter's {@code lang}, {@code language} or {@code
 * locale} (the first that is a language tag); a Hugo language suffix of the file name ({@code
 * post.de.md}, {@code index.pt-br.md}); a leading locale folder ({@code de/}, {@code zh_tw/}), when
 * the content root has at least two of them; else the default language.
 *
 * <p>Posts with the same translation key are translations of each other: the front matter's {@code
 * translationKey} when it has one, else the path without its locale folder and language suffix
 * ({@code en/news/x.md}, {@code de/news/x.md} and {@code news/x.fr.md} are all {@code news/x.md}).
 *
 * @param lang a normalised language tag ({@link Languages#normalize})
 * @param declared whether the files say so (front matter, suffix or folder), rather than the default
 * @param translationKey what translations share
 * @param invalidTag a front matter language value that is not a language tag (for a warning), or null
 */
public record PostLanguage(String lang, boolean declared, String translationKey, String invalidTag) {

    /** Front matter keys naming the language, in the order they are read. */
    public static final List<String> KEYS = List.of("lang", "language", "locale");

    /**
     * @param path the post's path relative to the content root
     * @param frontMatter the post's front matter keys as written
     * @param languageFolders the top-level folders that are locale folders (see {@link #folders})
     * @param defaultLang the language of posts that do not say
     */
    public static PostLanguage of(
            String path, Map<String, Object> frontMatter, Set<String> languageFolders, String defaultLang) {
        String lang = null;
        String invalid = null;
        for (String key : KEYS) {
            Object value = frontMatter.get(key);
            if (value instanceof String text && !text.isBlank()) {
                lang = Languages.normalize(text);
                if (lang != null) {
                    break;
                }
                if (invalid == null) {
                    invalid = text;
                }
            }
        }
        String[] segments = path.split("/", -1);
        String folder = segments.length > 1 && languageFolders.contains(segments[0]) ? segments[0] : null;
        String fileName = segments[segments.length - 1];
        String suffix = languageSuffix(fileName);
        if (lang == null && suffix != null) {
            lang = suffix;
        }
        if (lang == null && folder != null) {
            lang = Languages.ofName(folder);
        }
        boolean declared = lang != null;
        Object explicitKey = frontMatter.get("translationKey");
        String key;
        if (explicitKey instanceof String || explicitKey instanceof Number) {
            key = "key:" + explicitKey.toString().strip();
        } else {
            StringBuilder rest = new StringBuilder();
            for (int i = folder == null ? 0 : 1; i < segments.length - 1; i++) {
                rest.append(segments[i]).append('/');
            }
            rest.append(suffix == null ? fileName : withoutSuffix(fileName));
            key = "path:" + rest;
        }
        return new PostLanguage(declared ? lang : defaultLang, declared, key, invalid);
    }

    /**
     * The locale folders of a content root: its top-level folders whose names are language tags
     * ({@link Languages#ofName}), when there are at least two of them; one such folder alone is more
     * likely a topic ({@code ml/}, {@code it/}) than a language.
     */
    public static Set<String> folders(List<String> paths) {
        Set<String> folders = new java.util.TreeSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash > 0 && Languages.ofName(path.substring(0, slash)) != null) {
                folders.add(path.substring(0, slash));
            }
        }
        return folders.size() >= 2 ? folders : Set.of();
    }

    /** The language of a file name's Hugo suffix ({@code post.de.md} is de), or null. */
    static String languageSuffix(String fileName) {
        String stem = stem(fileName);
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? Languages.ofName(stem.substring(dot + 1)) : null;
    }

    /** The file name without its language suffix ({@code post.de.md} is {@code post.md}). */
    static String withoutSuffix(String fileName) {
        String stem = stem(fileName);
        int dot = stem.lastIndexOf('.');
        return stem.substring(0, dot) + fileName.substring(stem.length());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
