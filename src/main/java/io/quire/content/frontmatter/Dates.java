package io.quire.content.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms front matter uses (Jekyll, Hugo, Next.js and YAML timestamps) into a {@link
 * DateValue}. Stateless and thread-safe.
 */
final class Dates {

    /** Shown to authors when a date cannot be read. */
    static final String ACCEPTED_FORMS = "use one of: 2025-02-28, 2025-02-28T14:32:00Z, 2025-02-28T14:32:00+02:00,"
            + " 2025-02-28 14:32:00 +0200, 2025-02-28 14:32 (a date-time without offset is UTC)";

    // date [T|t|spaces] H:MM[:SS[.fraction]] [spaces] [Z | +H | +HH | +HHMM | +HH:MM]
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{0,9}))?)?"
            + "(?:[ \\t]*(?:([Zz])|([+-])(\\d{1,2})(?::?(\\d{2}))?))?)?");

    private Dates() {}

    /** Why a text is not a date; the message says what is wrong with it. */
    static final class InvalidDate extends Exception {
        InvalidDate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param text the value as written (surrounding blanks are ignored)
     * @throws InvalidDate when the text is not in an accepted form, or names a day or time that does
     *     not exist
     */
    static DateValue parse(String text) throws InvalidDate {
        String trimmed = text.strip();
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidDate("'" + trimmed + "' is not a date");
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidDate("'" + trimmed + "' is not a real calendar date");
        }
        if (m.group(4) == null) {
            return new DateValue(
                    date.toString(), date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        String fraction = m.group(7) == null ? "" : m.group(7);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new InvalidDate("'" + trimmed + "' is not a real time of day");
        }
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(9) != null) {
            int offsetHours = Integer.parseInt(m.group(10));
            int offsetMinutes = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
            int sign = m.group(9).equals("-") ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            } catch (DateTimeException e) {
                throw new InvalidDate("'" + trimmed + "' has an impossible UTC offset");
            }
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
        String iso = date + "T" + two(hour) + ":" + two(minute) + ":" + two(second)
                + (fraction.isEmpty() ? "" : "." + fraction)
                + offset.getId();
        return new DateValue(iso, local.toInstant(offset));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
