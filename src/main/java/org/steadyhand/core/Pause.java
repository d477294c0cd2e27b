package org.steadyhand.core;

/**
 * A span in which the trainee paused the recording: the sources ran on, but nothing from the span
 * was stored, and the module's clock stood still. Review shows it so a gap in the plots is
 * explained; analyses see only the missing samples.
 *
 * @param atNanos start of the pause (session nanoseconds)
 * @param endNanos end of the pause, &gt;= start
 */
public record Pause(long atNanos, long endNanos) implements TimedEvent {
    public Pause {
        if (atNanos < 0 || endNanos < atNanos) {
            throw new IllegalArgumentException(
                    "a pause runs forward from session time 0, got " + atNanos + " to " + endNanos + " ns");
        }
    }

    /** Length of the pause, ns. */
    public long lengthNanos() {
        return endNanos - atNanos;
    }

    @Override
    public String kind() {
        return "pause";
    }

    @Override
    public Pause shiftedBy(long deltaNanos) {
        return new Pause(atNanos + deltaNanos, endNanos + deltaNanos);
    }
}
