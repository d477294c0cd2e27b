package org.steadyhand.ui.review;

/**
 * A span of session time, ns from the session start, as every time plot of the detail shows it.
 *
 * @param fromNanos start, inclusive
 * @param toNanos end, exclusive; &gt; fromNanos
 */
public record TimeRange(long fromNanos, long toNanos) {
    /** The shortest span a zoom goes to: 50 ms, a few tremor cycles at 1 kHz. */
    public static final long MIN_SPAN_NANOS = 50_000_000L;

    public TimeRange {
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException(
                    "a time range must end after it starts, got " + fromNanos + ".." + toNanos);
        }
    }

    public long spanNanos() {
        return toNanos - fromNanos;
    }

    /** Start in seconds from the session start. */
    public double fromSeconds() {
        return fromNanos / 1e9;
    }

    public double toSeconds() {
        return toNanos / 1e9;
    }

    /**
     * This range narrowed or widened to {@code [from, to)}, kept inside {@code whole} and at least
     * {@link #MIN_SPAN_NANOS} (or all of {@code whole} if that is shorter).
     */
    static TimeRange clamped(long from, long to, TimeRange whole) {
        long span = Math.max(Math.min(MIN_SPAN_NANOS, whole.spanNanos()), to - from);
        span = Math.min(span, whole.spanNanos());
        long centre = from / 2 + to / 2;
        long start = Math.max(whole.fromNanos, Math.min(whole.toNanos - span, centre - span / 2));
        return new TimeRange(start, start + span);
    }
}
