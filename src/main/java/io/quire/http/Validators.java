package io.quire.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Strong ETags from response bytes, HTTP dates (RFC 9110 section 5.6.7) and the conditional request
 * rules of RFC 9110 section 13.
 */
public final class Validators {

    /**
     * IMF-fixdate, the only form a server sends: {@code Tue, 01 Dec 2026 15:39:57 GMT}. Not {@link
     * DateTimeFormatter#RFC_1123_DATE_TIME}, which writes single-digit days without the zero.
     */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US);

    /**
     * The three forms a recipient must accept: IMF-fixdate, obsolete RFC 850 (a two-digit year more
     * than 50 years ahead is in the past century) and asctime. Strict: no 31 February, and the day of
     * the week must fit the date.
     */
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            IMF_FIXDATE.withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder()
                    .appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(
                            ChronoField.YEAR,
                            2,
                            2,
                            LocalDate.now(ZoneOffset.UTC).getYear() - 49)
                    .appendPattern(" HH:mm:ss 'GMT'")
                    .toFormatter(Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT));

    private Validators() {}

    /** A strong ETag: the same bytes always give the same tag, different bytes a different one. */
    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String etag(String body) {
        return etag(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The ETag of the same bytes sent gzip-compressed: a different representation, so a different
     * strong tag (RFC 9110 section 8.8.3), derived from the identity one so that it is as stable.
     */
    public static String gzipEtag(String identityEtag) {
        return identityEtag.substring(0, identityEtag.length() - 1) + "-gzip\"";
    }

    /**
     * Whether a GET may answer 304: If-None-Match decides when present (weak comparison), else
     * If-Modified-Since against the second-precision Last-Modified.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.equals(etag)) {
                return true; // what a client sends back most of the time: no need to split the list
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && lastModified != null) {
            return parseHttpDate(ifModifiedSince)
                    .map(since -> lastModified.getEpochSecond() <= since.getEpochSecond())
                    .orElse(false);
        }
        return false;
    }

    /** An instant as an HTTP date in IMF-fixdate, to the second. */
    public static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /**
     * An HTTP date in any of the three forms of RFC 9110 section 5.6.7 (IMF-fixdate, RFC 850,
     * asctime); empty when it is none of them, which makes the condition false (the full response is
     * sent).
     */
    public static Optional<Instant> parseHttpDate(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
