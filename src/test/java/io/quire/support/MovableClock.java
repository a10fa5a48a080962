package io.quire.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: scheduled posts go live and expire exactly when
 * the test says. Enabled only by the test profiles that list it in {@code getEnabledAlternatives}
 * (no {@code @Priority}, which would enable it in every test).
 */
@Alternative
@ApplicationScoped
public class MovableClock {

    private static volatile Instant now = Instant.parse("2026-06-01T12:00:00Z");

    public static Instant now() {
        return now;
    }

    public static void set(Instant instant) {
        now = instant;
    }

    public static void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
