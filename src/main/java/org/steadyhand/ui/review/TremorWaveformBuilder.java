package org.steadyhand.ui.review;

import org.steadyhand.analysis.tremor.TremorHighPass;
import org.steadyhand.analysis.tremor.TremorSettings;

/**
 * The tremor waveform of one position axis for the review plot: the voluntary-motion high-pass of
 * {@code analysis.tremor} ({@link TremorHighPass}, 2 Hz: 98.9% of eye surgeons' voluntary motion
 * power lies below it, CMU study in DOMAIN.md), in µm, at full rate so that it can be zoomed to
 * single tremor cycles. As in {@code TremorAnalyzer}, the filter restarts (primed with the first
 * value) after a gap longer than {@link TremorSettings#maxIntervalPeriods()} nominal periods, so a
 * gap does not ring; NaN samples stay NaN and do not reach the filter.
 */
final class TremorWaveformBuilder {
    private TremorWaveformBuilder() {}

    /** High-passed displacement, µm, of a position in mm sampled at {@code timesNanos}. */
    static MinMaxSeries highPassedMicrometres(long[] timesNanos, float[] millimetres, int size) {
        float[] out = new float[size];
        if (size < 3) {
            java.util.Arrays.fill(out, Float.NaN);
            return new MinMaxSeries(timesNanos, out, size);
        }
        double periodNanos = medianInterval(timesNanos, size);
        double rateHz = 1e9 / periodNanos;
        TremorSettings settings = TremorSettings.defaults();
        double cutoff = settings.highPassCutoffHz();
        if (!(rateHz > 2 * cutoff)) {
            java.util.Arrays.fill(out, Float.NaN);
            return new MinMaxSeries(timesNanos, out, size);
        }
        double maxGapNanos = settings.maxIntervalPeriods() * periodNanos;
        TremorHighPass filter = new TremorHighPass(rateHz, cutoff);
        boolean running = false;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            double x = millimetres[i];
            if (Double.isNaN(x)) {
                out[i] = Float.NaN;
                running = false;
                continue;
            }
            if (!running || timesNanos[i] - previous > maxGapNanos) {
                filter.reset();
                filter.primeWith(x);
                running = true;
            }
            previous = timesNanos[i];
            out[i] = (float) (filter.filter(x) * 1000.0);
        }
        return new MinMaxSeries(timesNanos, out, size);
    }

    /** Median of (up to) the first 1001 sample intervals, ns; a robust nominal period. */
    private static double medianInterval(long[] timesNanos, int size) {
        int n = Math.min(size - 1, 1001);
        long[] intervals = new long[n];
        for (int i = 0; i < n; i++) {
            intervals[i] = timesNanos[i + 1] - timesNanos[i];
        }
        java.util.Arrays.sort(intervals);
        return Math.max(1, intervals[n / 2]);
    }
}
