package org.steadyhand.analysis.trend;

/**
 * Trailing moving average of a learning curve: point i is the mean of values i−w+1 … i. The first
 * w−1 points average what there is so far (1, 2, … values), so the smoothed curve starts with the
 * first session instead of w sessions late — the same as pandas' {@code rolling(w, min_periods=1)
 * .mean()}.
 */
public final class MovingAverage {
    private MovingAverage() {}

    /**
     * @param window sessions per average, at least 1
     * @throws IllegalArgumentException for a window below 1 or a value that is not finite
     */
    public static double[] trailing(double[] values, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the moving-average window must be at least 1, was " + window);
        }
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("moving average of a value that is not a finite number at " + i);
            }
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }
}
