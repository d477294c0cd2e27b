package org.steadyhand.ui.rig;

/**
 * The last few seconds of one signal, thinned to a fixed number of points per second for drawing:
 * a 1 kHz channel would otherwise put 3,000 points per frame on the screen for no visible gain.
 * Thinning keeps the first sample of each slot (no averaging, which would shave tremor peaks).
 *
 * <p>Not thread-safe; owned by {@link LiveSignals}.
 */
final class TraceBuffer {
    private final long slotNanos;
    private final long spanNanos;
    private final long[] times;
    private final double[] values;
    private int start;
    private int size;
    private long nextSlotNanos = Long.MIN_VALUE;

    /**
     * @param spanSeconds how much history to keep
     * @param pointsPerSecond drawing resolution
     */
    TraceBuffer(double spanSeconds, double pointsPerSecond) {
        this.slotNanos = Math.round(1e9 / pointsPerSecond);
        this.spanNanos = Math.round(spanSeconds * 1e9);
        int capacity = (int) Math.ceil(spanSeconds * pointsPerSecond) + 2;
        this.times = new long[capacity];
        this.values = new double[capacity];
    }

    void add(long timeNanos, double value) {
        if (timeNanos < nextSlotNanos) {
            return;
        }
        nextSlotNanos = timeNanos + slotNanos;
        if (size == times.length) {
            start = (start + 1) % times.length;
            size--;
        }
        int end = (start + size) % times.length;
        times[end] = timeNanos;
        values[end] = value;
        size++;
        long oldest = timeNanos - spanNanos;
        while (size > 0 && times[start] < oldest) {
            start = (start + 1) % times.length;
            size--;
        }
    }

    void clear() {
        size = 0;
        start = 0;
        nextSlotNanos = Long.MIN_VALUE;
    }

    int size() {
        return size;
    }

    /** Point times in seconds relative to the newest point (so all &lt;= 0), oldest first. */
    double[] secondsBeforeNewest() {
        double[] result = new double[size];
        if (size == 0) {
            return result;
        }
        long newest = times[(start + size - 1) % times.length];
        for (int i = 0; i < size; i++) {
            result[i] = (times[(start + i) % times.length] - newest) / 1e9;
        }
        return result;
    }

    /** Point values, oldest first. */
    double[] values() {
        double[] result = new double[size];
        for (int i = 0; i < size; i++) {
            result[i] = values[(start + i) % values.length];
        }
        return result;
    }
}
