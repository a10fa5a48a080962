package io.quire.content.render;

/**
 * Counts words the way the product spec defines them: a run of letters and digits (with any
 * combining marks) is one word, except that each CJK ideograph, kana and hangul syllable is a word
 * of its own, since those scripts do not separate words with spaces.
 */
final class WordCounter {

    private WordCounter() {}

    static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // fast path, the same answer: an ASCII letter or digit is a word character, nothing else
                // in ASCII is (no marks, no CJK)
                i++;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else {
                    inWord = false;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && isMark(cp))) {
                inWord = false;
            }
        }
        return words;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // fast path: Latin, Greek, Cyrillic, ...
        }
        if (cp == 0x30FC) {
            return true; // katakana-hiragana prolonged sound mark (script Common)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA -> Character.isLetter(cp);
            case HANGUL -> Character.isLetter(cp);
            default -> false;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
