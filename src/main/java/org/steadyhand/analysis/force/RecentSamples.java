package org.steadyhand.analysis.force;

/**
 * The most recent finite samples within a time window, in a growable ring, with their
 * least-squares slope: the current rate of change of the force.
 *
 * <p>Adding is amortised O(1); the slope costs O(samples in the window). Not thread-safe.
 */
final class RecentSamples {
    private final long windowNanos;
    private long[] times = new long[64];
    private double[] values = new double[64];
    private int start;
    private int size;

    RecentSamples(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /**
     * Adds a sample and forgets those older than the window before it, but always keeps the one
     * before the window's first, so that a slope exists even when samples are sparser than the
     * window.
     */
    void add(long timeNanos, double value) {
        if (size == times.length) {
            grow();
        }
        int slot = (start + size) % times.length;
        times[slot] = timeNanos;
        values[slot] = value;
        size++;
        long cutoff = timeNanos - windowNanos;
        while (size > 2 && times[(start + 1) % times.length] < cutoff) {
            start = (start + 1) % times.length;
            size--;
        }
    }

    /** Forgets everything, e.g. after a gap: samples before a gap do not describe the force now. */
    void clear() {
        start = 0;
        size = 0;
    }

    /**
     * The least-squares slope in value units per second of the samples in the window before the
     * latest; if only the latest is in the window, the slope from the sample before it. NaN for
     * fewer than two samples.
     */
    double slopePerSecond() {
        if (size < 2) {
            return Double.NaN;
        }
        long latest = times[(start + size - 1) % times.length];
        long cutoff = latest - windowNanos;
        // Only the oldest sample kept can lie before the window (see add); use it only if the window
        // would otherwise hold the latest sample alone.
        int first = times[start] >= cutoff || size < 3 ? 0 : 1;
        int n = size - first;
        double meanT = 0;
        double meanV = 0;
        for (int k = first; k < size; k++) {
            int slot = (start + k) % times.length;
            meanT += (times[slot] - latest) * 1e-9;
            meanV += values[slot];
        }
        meanT /= n;
        meanV /= n;
        double sxx = 0;
        double sxy = 0;
        for (int k = first; k < size; k++) {
            int slot = (start + k) % times.length;
            double dt = (times[slot] - latest) * 1e-9 - meanT;
            sxx += dt * dt;
            sxy += dt * (values[slot] - meanV);
        }
        return sxy / sxx;
    }

    private void grow() {
        long[] newTimes = new long[times.length * 2];
        double[] newValues = new double[values.length * 2];
        for (int k = 0; k < size; k++) {
            newTimes[k] = times[(start + k) % times.length];
            newValues[k] = values[(start + k) % values.length];
        }
        times = newTimes;
        values = newValues;
        start = 0;
    }
}
