package io.quire.search.analysis;

import java.util.Locale;

/**
 * Whether a post is English, to decide if it gets the stemmed fields. Stemming German or Chinese
 * with an English stemmer would conflate unrelated words, so a post gets them only when it says it
 * is English ({@code lang}/{@code language}/{@code locale} in its front matter) or, saying nothing,
 * when its text is mostly Latin letters and {@link CommonWords English function words} make up a good
 * share of it (a third or more of any English prose; a few percent of German or French).
 */
public final class LanguageGuess {

    /** How much of the text is looked at: enough to decide, bounded for huge posts. */
    private static final int SAMPLE_CHARS = 4000;

    private LanguageGuess() {}

    /**
     * @param declared the post's declared language (a BCP 47 tag such as {@code en-GB} or {@code de}),
     *     or null
     * @param text title and body text
     */
    public static boolean isEnglish(String declared, String text) {
        if (declared != null && !declared.isBlank()) {
            String tag = declared.strip().toLowerCase(Locale.ROOT);
            return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_") || tag.equals("english");
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int words = 0;
        int functionWords = 0;
        int nonLatinLetters = 0;
        int latinLetters = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 0x250) {
                    latinLetters++;
                    word.append(Character.toLowerCase(c));
                } else {
                    nonLatinLetters++;
                }
                continue;
            }
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (!word.isEmpty()) {
                words++;
                if (CommonWords.ENGLISH.contains(word.toString())) {
                    functionWords++;
                }
                word.setLength(0);
            }
        }
        if (nonLatinLetters > latinLetters) {
            return false;
        }
        if (words < 12) {
            // Too little to judge by function words (a title, a one-line note): Latin letters only
            // without any accented one is the best guess for English.
            return latinLetters > 0 && sample.chars().noneMatch(ch -> ch >= 0x80 && Character.isLetter(ch));
        }
        return functionWords * 10 >= words;
    }
}
