package org.steadyhand.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One signal prepared at load for drawing at any zoom: the samples (values as float, enough for
 * the screen) and a pyramid of min/max buckets, each level {@value #FACTOR} times coarser than the
 * one below. {@link #decimate} answers "min and max per pixel column between two times" from the
 * coarsest level that still has at least two buckets per column, so a one-hour 1 kHz signal draws
 * in about {@code 2 x FACTOR x pixels} steps at any zoom, and peaks are never lost.
 *
 * <p>Immutable once built; safe to read from any thread. Times must not decrease.
 */
final class MinMaxSeries {
    static final int FACTOR = 8;

    private final long[] timesNanos;
    private final float[] values;
    private final int size;
    /** levels.get(k): buckets of FACTOR^(k+1) samples; [0] minima, [1] maxima. */
    private final List<float[][]> levels = new ArrayList<>();

    /**
     * @param timesNanos sample times (may be shared with other series of the same time base and
     *     longer than {@code size}); not copied, must not change afterwards
     * @param values sample values; not copied
     * @param size number of samples used from the arrays
     */
    MinMaxSeries(long[] timesNanos, float[] values, int size) {
        if (size < 0 || size > timesNanos.length || size > values.length) {
            throw new IllegalArgumentException("size " + size + " exceeds the arrays");
        }
        this.timesNanos = timesNanos;
        this.values = values;
        this.size = size;
        float[] min = values;
        float[] max = values;
        int n = size;
        while (n > FACTOR) {
            int buckets = (n + FACTOR - 1) / FACTOR;
            float[] nextMin = new float[buckets];
            float[] nextMax = new float[buckets];
            for (int b = 0; b < buckets; b++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int i = b * FACTOR, end = Math.min(n, i + FACTOR); i < end; i++) {
                    if (!Float.isNaN(min[i])) { // a lost sample must not blank its whole bucket
                        lo = Math.min(lo, min[i]);
                        hi = Math.max(hi, max[i]);
                    }
                }
                nextMin[b] = lo > hi ? Float.NaN : lo;
                nextMax[b] = lo > hi ? Float.NaN : hi;
            }
            levels.add(new float[][] {nextMin, nextMax});
            min = nextMin;
            max = nextMax;
            n = buckets;
        }
    }

    int size() {
        return size;
    }

    /** The sample times (shared, possibly longer than {@link #size()}); do not modify. */
    long[] timesNanos() {
        return timesNanos;
    }

    /** The sample values (possibly longer than {@link #size()}); do not modify. */
    float[] values() {
        return values;
    }

    /** Time of the first sample, ns; 0 when empty. */
    long firstNanos() {
        return size == 0 ? 0 : timesNanos[0];
    }

    /** Time of the last sample, ns; 0 when empty. */
    long lastNanos() {
        return size == 0 ? 0 : timesNanos[size - 1];
    }

    /** Smallest and largest value over the whole series; NaN when empty. */
    double[] range() {
        if (size == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        float[][] top = levels.isEmpty() ? new float[][] {values, values} : levels.get(levels.size() - 1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = levels.isEmpty() ? size : top[0].length;
        for (int i = 0; i < n; i++) {
            if (!Float.isNaN(top[0][i])) {
                lo = Math.min(lo, top[0][i]);
                hi = Math.max(hi, top[1][i]);
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    /**
     * Min and max of the samples in each of {@code columns} equal slices of [fromNanos, toNanos);
     * a slice without samples holds NaN. A bucket of a coarse level counts in the slice of its first
     * sample, so at coarse levels a column edge may be off by less than half a column.
     */
    Decimated decimate(long fromNanos, long toNanos, int columns) {
        if (columns < 1 || toNanos <= fromNanos) {
            throw new IllegalArgumentException("need columns >= 1 and a time range that is not empty");
        }
        double[] min = new double[columns];
        double[] max = new double[columns];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int first = lowerBound(fromNanos);
        int end = lowerBound(toNanos);
        int level = chooseLevel(end - first, columns);
        int bucketSize = pow(level);
        float[] lows = level == 0 ? values : levels.get(level - 1)[0];
        float[] highs = level == 0 ? values : levels.get(level - 1)[1];
        double perColumn = columns / (double) (toNanos - fromNanos);
        for (int b = first / bucketSize, last = (end - 1) / bucketSize; b <= last && end > first; b++) {
            long t = timesNanos[Math.max(first, b * bucketSize)];
            int column = (int) Math.min(columns - 1, Math.max(0, (long) ((t - fromNanos) * perColumn)));
            if (Float.isNaN(lows[b])) {
                continue;
            }
            min[column] = Math.min(min[column], lows[b]);
            max[column] = Math.max(max[column], highs[b]);
        }
        int filled = 0;
        for (int c = 0; c < columns; c++) {
            if (min[c] > max[c]) {
                min[c] = Double.NaN;
                max[c] = Double.NaN;
            } else {
                filled++;
            }
        }
        return new Decimated(min, max, end - first, filled);
    }

    /** The coarsest level with at least two buckets per column (0 = the samples themselves). */
    private int chooseLevel(int samples, int columns) {
        int level = 0;
        while (level < levels.size() && (long) pow(level + 1) * columns * 2 <= samples) {
            level++;
        }
        return level;
    }

    private static int pow(int level) {
        int p = 1;
        for (int i = 0; i < level; i++) {
            p *= FACTOR;
        }
        return p;
    }

    /** Index of the first sample at or after {@code nanos}. */
    private int lowerBound(long nanos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timesNanos[mid] < nanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param min per column, NaN where the column has no sample
     * @param max per column, NaN where the column has no sample
     * @param sampleCount samples inside the range
     * @param filledColumns columns holding at least one sample
     */
    record Decimated(double[] min, double[] max, int sampleCount, int filledColumns) {}
}
