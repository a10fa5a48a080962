package io.quire.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with each attempt up to {@code
 * max}, each wait varied by up to 20% either way so that retries from many deliveries spread out; a
 * receiver's {@code Retry-After} is honoured up to {@code max}. After {@code maxAttempts}, never.
 */
final class RetrySchedule {

    private static final double JITTER = 0.2;

    private final Duration first;
    private final Duration max;
    private final int maxAttempts;
    private final DoubleSupplier random;

    RetrySchedule(Duration first, Duration max, int maxAttempts, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /**
     * @param attemptsMade attempts made so far, the failed one included
     * @return the wait before the next attempt, or empty to give up
     */
    Optional<Duration> next(int attemptsMade, OptionalLong retryAfterSeconds) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double base = first.toMillis() * Math.pow(2, Math.max(0, attemptsMade - 1));
        double jittered = Math.min(base, max.toMillis()) * (1 - JITTER + 2 * JITTER * random.getAsDouble());
        long millis = (long) Math.min(jittered, max.toMillis());
        if (retryAfterSeconds.isPresent()) {
            millis = Math.max(millis, Math.min(retryAfterSeconds.getAsLong() * 1000, max.toMillis()));
        }
        return Optional.of(Duration.ofMillis(millis));
    }
}
