package io.quire.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Strong ETags from response bytes, and the conditional request rules of RFC 9110 section 13. */
public final class Validators {

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
     * Whether a GET may answer 304: If-None-Match decides when present (weak comparison), else
     * If-Modified-Since against the second-precision Last-Modified.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return lastModified.getEpochSecond() <= since.getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
