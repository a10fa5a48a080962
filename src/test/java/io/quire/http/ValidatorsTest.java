package io.quire.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP dates as strict clients write and read them (RFC 9110 section 5.6.7), and per-coding ETags. */
class ValidatorsTest {

    private static final Instant SUNDAY = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void lastModifiedIsAnImfFixdateWithATwoDigitDay() {
        assertEquals("Tue, 01 Dec 2026 15:39:57 GMT", Validators.httpDate(Instant.parse("2026-12-01T15:39:57.987Z")));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", Validators.httpDate(SUNDAY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sun, 06 Nov 1994 08:49:37 GMT", // IMF-fixdate
                "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850
                "Sun Nov  6 08:49:37 1994", // asctime
                "  Sun, 06 Nov 1994 08:49:37 GMT "
            })
    void ifModifiedSinceIsReadInAllThreeForms(String date) {
        assertEquals(Optional.of(SUNDAY), Validators.parseHttpDate(date));
        assertTrue(Validators.notModified(null, date, "\"x\"", SUNDAY));
        assertFalse(Validators.notModified(null, date, "\"x\"", SUNDAY.plusSeconds(1)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mon, 06 Nov 1994 08:49:37 GMT", // wrong day of the week
                "Sun, 31 Feb 1994 08:49:37 GMT",
                "Sun, 6 Nov 1994 08:49:37",
                "1994-11-06T08:49:37Z",
                "yesterday",
                ""
            })
    void anythingElseIsNoDateAndSendsTheFullResponse(String date) {
        assertEquals(Optional.empty(), Validators.parseHttpDate(date));
        assertFalse(Validators.notModified(null, date, "\"x\"", SUNDAY));
    }

    @Test
    void gzipAndIdentityHaveDifferentStrongTags() {
        String identity = Validators.etag("{}");
        String gzip = Validators.gzipEtag(identity);
        assertNotEquals(identity, gzip);
        assertTrue(gzip.matches("\"[A-Za-z0-9_-]{27}-gzip\""), gzip);
        assertFalse(Validators.notModified(identity, null, gzip, null));
        assertTrue(Validators.notModified(gzip, null, gzip, null));
    }
}
