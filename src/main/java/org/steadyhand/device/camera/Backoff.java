package org.steadyhand.device.camera;

import java.time.Duration;

/**
 * How long a camera source waits before trying again after a failure: {@code first}, doubling
 * after each failed attempt up to {@code max}; back to {@code first} once the camera answered.
 */
public record Backoff(Duration first, Duration max) {
    /** 0.5 s doubling to 5 s: quick to notice a camera that is back, gentle on one that is off. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));

    public Backoff {
        if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The wait after {@code previous} failed as well. */
    public Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
