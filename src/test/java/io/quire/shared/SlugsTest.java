package io.quire.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello, World!|hello-world",
                "ﬁnal ﬁx|final-fix",
                "缓存 策略|缓存-策略",
                "--x--|x",
                "  Spaces   everywhere  |spaces-everywhere",
                "Crème Brûlée|crème-brûlée",
                "Ｆｕｌｌ　Ｗｉｄｔｈ ２０２５|full-width-2025",
                "C++ & Java: 2 langs|c-java-2-langs",
                "Ελληνικά Κείμενα|ελληνικά-κείμενα",
                "Привет, мир|привет-мир",
                "हिन्दी लेख|हिन्दी-लेख",
                "under_score.dot/slash|under-score-dot-slash",
                "x²|x2",
            })
    void slugifies(String text, String expected) {
        assertEquals(expected, Slugs.slugify(text));
    }

    @Test
    void decomposedAccentsAreComposedByNfkc() {
        // "e" + COMBINING ACUTE ACCENT becomes the single code point é
        assertEquals("caf\u00e9", Slugs.slugify("Cafe\u0301"));
    }

    @Test
    void combiningMarkAfterALetterIsKeptButNotAfterASeparator() {
        // q + COMBINING DOT ABOVE has no precomposed form: the mark stays with its letter
        assertEquals("q\u0307-x", Slugs.slugify("Q\u0307 \u0307x"));
    }

    @Test
    void nothingSlugWorthyGivesEmpty() {
        assertEquals("", Slugs.slugify("🎉🚀"));
        assertEquals("", Slugs.slugify("  -- !! "));
        assertEquals("", Slugs.slugify(""));
        assertEquals("", Slugs.slugify(null));
    }

    @Test
    void emojiBetweenWordsIsASeparator() {
        assertEquals("ship-it", Slugs.slugify("Ship 🚀 it"));
    }

    @Test
    void longSlugsAreCutAtADash() {
        String word = "abcdefghi"; // 9 chars + dash = 10 per word
        String text = (word + " ").repeat(40);
        String slug = Slugs.slugify(text);
        assertEquals((word + "-").repeat(19) + word, slug);
        assertEquals(199, slug.length());
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void longSlugWithoutDashIsCutHard() {
        String slug = Slugs.slugify("a".repeat(500));
        assertEquals("a".repeat(Slugs.MAX_LENGTH), slug);
    }

    @Test
    void hardCutDoesNotSplitASurrogatePair() {
        // 𠀀 (U+20000) is a letter outside the BMP: two UTF-16 chars
        String slug = Slugs.slugify("x" + "\uD840\uDC00".repeat(150));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(Character.isHighSurrogate(slug.charAt(slug.length() - 1)));
        assertEquals(Slugs.MAX_LENGTH - 1, slug.length());
    }
}
