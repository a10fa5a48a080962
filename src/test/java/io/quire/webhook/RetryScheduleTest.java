package io.quire.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static RetrySchedule schedule(double random) {
        return new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), 12, () -> random);
    }

    @Test
    void waitsDoubleFromTheFirstUpToTheLongest() {
        RetrySchedule schedule = schedule(0.5); // no jitter
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.next(1, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(10)), schedule.next(2, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(20)), schedule.next(3, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(2560)), schedule.next(10, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofHours(1)), schedule.next(11, OptionalLong.empty()));
    }

    @Test
    void afterTheLastAttemptNever() {
        assertEquals(Optional.empty(), schedule(0.5).next(12, OptionalLong.empty()));
    }

    @Test
    void jitterIsTwentyPercentEitherWayButNeverPastTheLongest() {
        assertEquals(Optional.of(Duration.ofSeconds(4)), schedule(0).next(1, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(6)), schedule(1).next(1, OptionalLong.empty()));
        assertEquals(Optional.of(Duration.ofHours(1)), schedule(1).next(11, OptionalLong.empty()));
    }

    @Test
    void retryAfterIsHonouredUpToTheLongest() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), schedule(0.5).next(1, OptionalLong.of(120)));
        assertEquals(Optional.of(Duration.ofSeconds(10)), schedule(0.5).next(2, OptionalLong.of(3)));
        assertEquals(Optional.of(Duration.ofHours(1)), schedule(0.5).next(1, OptionalLong.of(86_400)));
    }
}
