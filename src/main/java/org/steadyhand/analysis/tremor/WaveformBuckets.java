package org.steadyhand.analysis.tremor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects min/max per time bucket for each axis ({@link TremorWaveform}). Samples outside the
 * span go to the first or last bucket. Not thread-safe.
 */
final class WaveformBuckets {
    private final long startNanos;
    private final double bucketNanos;
    private final double[][] min;
    private final double[][] max;

    /** Buckets covering [startNanos, endNanos] in {@code points} equal parts. */
    WaveformBuckets(long startNanos, long endNanos, int points, int axes) {
        this.startNanos = startNanos;
        this.bucketNanos = Math.max(1.0, (double) (endNanos - startNanos)) / points;
        this.min = new double[axes][points];
        this.max = new double[axes][points];
        for (int a = 0; a < axes; a++) {
            Arrays.fill(min[a], Double.POSITIVE_INFINITY);
            Arrays.fill(max[a], Double.NEGATIVE_INFINITY);
        }
    }

    void add(double timeNanos, int axis, double micrometres) {
        int points = min[axis].length;
        int bucket = (int) Math.min(points - 1, Math.max(0, Math.floor((timeNanos - startNanos) / bucketNanos)));
        min[axis][bucket] = Math.min(min[axis][bucket], micrometres);
        max[axis][bucket] = Math.max(max[axis][bucket], micrometres);
    }

    List<TremorWaveform> build() {
        List<TremorWaveform> out = new ArrayList<>(min.length);
        for (int a = 0; a < min.length; a++) {
            for (int b = 0; b < min[a].length; b++) {
                if (min[a][b] > max[a][b]) {
                    min[a][b] = Double.NaN;
                    max[a][b] = Double.NaN;
                }
            }
            out.add(new TremorWaveform(startNanos, bucketNanos, min[a], max[a]));
        }
        return out;
    }
}
