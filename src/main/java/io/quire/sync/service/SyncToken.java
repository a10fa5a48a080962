package io.quire.sync.service;

import io.quire.web.GoneProblem;
import io.quire.web.InvalidParametersException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a client's copy stands: the database and content version it reflects, and the visibility
 * time it was computed for (the last publication or expiry that had passed, not the clock, so the
 * same content gives the same token); within a paged response also the target version and time plus
 * the last post id already sent. Opaque to clients.
 *
 * @param databaseId the database the token comes from (a rebuilt database has another)
 * @param fromVersion the version the client has; -1 for a full sync
 * @param fromTime the visibility time of the client's copy; null for a full sync
 * @param afterId the last post id sent on the previous page; 0 on the first page
 */
record SyncToken(long databaseId, long fromVersion, Instant fromTime, long toVersion, Instant toTime, long afterId) {

    private static final String PREFIX = "q2";
    private static final String EARLIER_FORMAT = "q1";

    boolean full() {
        return fromVersion < 0;
    }

    String encode() {
        String raw = String.join(
                ".",
                PREFIX,
                Long.toString(databaseId),
                Long.toString(fromVersion),
                Long.toString(fromTime == null ? -1 : micros(fromTime)),
                Long.toString(toVersion),
                Long.toString(micros(toTime)),
                Long.toString(afterId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static SyncToken decode(String token) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        if (parts.length > 0 && parts[0].equals(EARLIER_FORMAT)) {
            throw new GoneProblem("This sync token is from an earlier version of Quire, which no longer tells what"
                    + " changed since. Drop the local copy and sync again without a token.");
        }
        try {
            if (parts.length != 7 || !parts[0].equals(PREFIX)) {
                throw new IllegalArgumentException();
            }
            long fromMicros = Long.parseLong(parts[3]);
            return new SyncToken(
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    fromMicros < 0 ? null : instant(fromMicros),
                    Long.parseLong(parts[4]),
                    instant(Long.parseLong(parts[5])),
                    Long.parseLong(parts[6]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw notOurs();
        }
    }

    private static InvalidParametersException notOurs() {
        return new InvalidParametersException(
                "token", "is not a token this server gave out; start over with a sync without a token");
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
