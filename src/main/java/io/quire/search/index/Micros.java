package io.quire.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as microseconds since the epoch: the precision the database keeps, so that the index and
 * SQL agree on whether a post dated a fraction of a second from now is visible.
 */
public final class Micros {

    private Micros() {}

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Long ofNullable(Instant instant) {
        return instant == null ? null : of(instant);
    }

    /** The start of a UTC day. */
    public static long of(LocalDate day) {
        return of(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
