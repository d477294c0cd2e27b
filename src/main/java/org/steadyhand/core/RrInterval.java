package org.steadyhand.core;

/**
 * The time between two successive heart beats (R peaks), reported when the second beat happens.
 *
 * @param atNanos session time of the beat that ends the interval
 * @param millis interval length in milliseconds, in (0, 5000]: anything longer is not a heart beat
 *     interval a strap can report
 */
public record RrInterval(long atNanos, double millis) implements TimedEvent {
    public RrInterval {
        if (!(millis > 0 && millis <= 5000)) {
            throw new IllegalArgumentException("RR interval must be in (0, 5000] ms, got " + millis);
        }
    }

    @Override
    public String kind() {
        return "rr";
    }

    /** Instantaneous heart rate of this interval in beats per minute. */
    public double heartRateBpm() {
        return 60_000.0 / millis;
    }

    @Override
    public RrInterval shiftedBy(long deltaNanos) {
        return new RrInterval(atNanos + deltaNanos, millis);
    }
}
