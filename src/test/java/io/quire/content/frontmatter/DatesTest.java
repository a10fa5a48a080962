package io.quire.content.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-02-28|2025-02-28|2025-02-28T00:00:00Z",
                "2025-02-28T14:32:00Z|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28t14:32:00z|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28T14:32:00+02:00|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32:00 +0200|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32:00 +02:00|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32:00 -05:30|2025-02-28T14:32:00-05:30|2025-02-28T20:02:00Z",
                "2025-02-28 14:32:00 -5|2025-02-28T14:32:00-05:00|2025-02-28T19:32:00Z",
                "2025-02-28 14:32:00 +00:00|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28 14:32|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28T14:32|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28 14:32:07|2025-02-28T14:32:07Z|2025-02-28T14:32:07Z",
                "2025-02-28T14:32:00.123Z|2025-02-28T14:32:00.123Z|2025-02-28T14:32:00.123Z",
                "2025-02-28T14:32:00.10+01:00|2025-02-28T14:32:00.10+01:00|2025-02-28T13:32:00.100Z",
                "2025-2-8 9:05:00|2025-02-08T09:05:00Z|2025-02-08T09:05:00Z",
                "'  2025-02-28  '|2025-02-28|2025-02-28T00:00:00Z",
                "2024-02-29|2024-02-29|2024-02-29T00:00:00Z",
            })
    void acceptedForms(String written, String text, String instant) throws Exception {
        assertEquals(new DateValue(text, Instant.parse(instant)), Dates.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29", "2025-13-01", "2025-04-31", "2025-00-10"})
    void impossibleDates(String written) {
        var e = assertThrows(Dates.InvalidDate.class, () -> Dates.parse(written));
        assertEquals("'" + written + "' is not a real calendar date", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-28 24:00", "2025-02-28 12:60", "2025-02-28 12:00:60"})
    void impossibleTimes(String written) {
        var e = assertThrows(Dates.InvalidDate.class, () -> Dates.parse(written));
        assertEquals("'" + written + "' is not a real time of day", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "28/02/2025",
                "Feb 28, 2025",
                "2025-02-28T14:32:00 Europe/Paris",
                "2025-02-28 14",
                "20250228",
                ""
            })
    void unreadable(String written) {
        var e = assertThrows(Dates.InvalidDate.class, () -> Dates.parse(written));
        assertEquals("'" + written.strip() + "' is not a date", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-28 10:00:00 +19:00", "2025-02-28 10:00:00 +02:75"})
    void impossibleOffsets(String written) {
        var e = assertThrows(Dates.InvalidDate.class, () -> Dates.parse(written));
        assertEquals("'" + written + "' has an impossible UTC offset", e.getMessage());
    }
}
