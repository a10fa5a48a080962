package io.quire.feed.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

    @Test
    void rfc822IsEnglishUtcWithAFourDigitYearAndTwoDigitDay() {
        assertEquals("Mon, 06 May 2024 00:00:00 GMT", FeedDates.rfc822(Instant.parse("2024-05-06T00:00:00Z")));
        assertEquals("Fri, 28 Feb 2025 12:32:00 GMT", FeedDates.rfc822(Instant.parse("2025-02-28T12:32:00.750Z")));
    }

    @Test
    void rfc3339IsUtcToTheSecond() {
        assertEquals("2025-02-28T12:32:00Z", FeedDates.rfc3339(Instant.parse("2025-02-28T12:32:00.750Z")));
    }
}
