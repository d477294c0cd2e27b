package org.steadyhand.analysis.trend;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: definition 7 of Hyndman and
 * Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996 — the
 * default of numpy's {@code percentile} ({@code method="linear"}) and of R's {@code quantile}. For
 * sorted values x[0..n-1] the p-th quantile is at position h = (n − 1)·p, interpolated between
 * x[floor h] and x[floor h + 1].
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * The {@code percent}-th percentile of {@code values} (any order; not modified).
     *
     * @param percent 0–100
     * @throws IllegalArgumentException when {@code values} is empty or holds NaN or infinities, or
     *     {@code percent} is outside 0–100
     */
    public static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(checked(sorted), percent);
    }

    /** As {@link #percentile} for several percents at once, sorting once. */
    public static double[] percentiles(double[] values, double... percents) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        checked(sorted);
        double[] out = new double[percents.length];
        for (int i = 0; i < percents.length; i++) {
            out[i] = percentileOfSorted(sorted, percents[i]);
        }
        return out;
    }

    private static double[] checked(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a percentile needs at least one value");
        }
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("percentile of a value that is not a finite number: " + v);
            }
        }
        return sorted;
    }

    private static double percentileOfSorted(double[] sorted, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
        double h = (sorted.length - 1) * percent / 100.0;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
