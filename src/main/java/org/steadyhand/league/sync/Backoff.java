package org.steadyhand.league.sync;

import java.time.Duration;

/**
 * Exponential back-off with full jitter: after {@code n} consecutive failures the sender waits a
 * random time up to {@code min(max, initial × 2^(n-1))}, so many workstations coming back after an
 * outage do not hit the server in step.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max");
        }
    }

    /** 0.5 s doubling up to 1 minute. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1));
    }

    /** The wait after {@code failures} (>= 1) failures in a row; {@code random} in [0, 1). */
    public Duration delay(int failures, double random) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << doublings);
        return Duration.ofMillis(Math.max(1, (long) (ceiling * random)));
    }

    /** The upper bound of {@link #delay} after {@code failures} failures. */
    public Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        return Duration.ofMillis(Math.min(max.toMillis(), initial.toMillis() << doublings));
    }
}
