package io.quire.sync;

import io.quire.web.InvalidParametersException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a client's copy stands: the content version and the time it was synced at; and, within a
 * paged response, the target version and time plus the last post id already sent. Opaque to clients.
 *
 * @param fromVersion the version the client has; -1 for a full sync
 * @param fromTime the time the client synced at; null for a full sync
 * @param afterId the last post id sent on the previous page; 0 on the first page
 */
record SyncToken(long fromVersion, Instant fromTime, long toVersion, Instant toTime, long afterId) {

    private static final String PREFIX = "q1";

    boolean full() {
        return fromVersion < 0;
    }

    String encode() {
        String raw = String.join(
                ".",
                PREFIX,
                Long.toString(fromVersion),
                Long.toString(fromTime == null ? -1 : fromTime.toEpochMilli()),
                Long.toString(toVersion),
                Long.toString(toTime.toEpochMilli()),
                Long.toString(afterId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static SyncToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            String[] parts = raw.split("\\.");
            if (parts.length != 6 || !parts[0].equals(PREFIX)) {
                throw new IllegalArgumentException(raw);
            }
            long fromMillis = Long.parseLong(parts[2]);
            return new SyncToken(
                    Long.parseLong(parts[1]),
                    fromMillis < 0 ? null : Instant.ofEpochMilli(fromMillis),
                    Long.parseLong(parts[3]),
                    Instant.ofEpochMilli(Long.parseLong(parts[4])),
                    Long.parseLong(parts[5]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidParametersException(
                    "token", "is not a token this server gave out; start over with a sync without a token");
        }
    }
}
