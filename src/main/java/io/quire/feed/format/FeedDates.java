package io.quire.feed.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Instants in the forms feeds and sitemaps use, always in UTC and to the second. */
public final class FeedDates {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private FeedDates() {}

    /** RSS 2.0 dates: RFC 822 with a four-digit year, {@code Fri, 28 Feb 2025 12:32:00 GMT}. */
    public static String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }

    /** Atom and JSON Feed dates: RFC 3339, {@code 2025-02-28T12:32:00Z}; also a W3C datetime. */
    public static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
