package io.quire.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaRangesTest {

    private static final String JSON = "application/json;charset=UTF-8";

    @Test
    void noAcceptHeaderAdmitsEverything() {
        assertTrue(MediaRanges.admit(null, JSON));
        assertTrue(MediaRanges.admit(" ", JSON));
    }

    @Test
    void wildcardsTypesAndCaseMatch() {
        assertTrue(MediaRanges.admit("*/*", JSON));
        assertTrue(MediaRanges.admit("application/*", JSON));
        assertTrue(MediaRanges.admit("text/html, Application/JSON", JSON));
        assertTrue(MediaRanges.admit("text/html,application/xhtml+xml,*/*;q=0.8", JSON));
        assertFalse(MediaRanges.admit("text/html", JSON));
        assertFalse(MediaRanges.admit("text/*, application/xml", JSON));
    }

    @Test
    void aZeroWeightRefuses() {
        assertFalse(MediaRanges.admit("application/json;q=0", JSON));
        assertFalse(MediaRanges.admit("application/json; q=0.0, text/html", JSON));
        assertTrue(MediaRanges.admit("application/json; q=0.001", JSON));
    }
}
