package org.steadyhand.analysis.stats;

/**
 * Descriptive statistics of one channel: count, mean, sample standard deviation (n − 1), min,
 * max and RMS. Accumulated in one pass with Welford's update, which stays accurate when the mean
 * is large next to the spread (tip positions of tens of mm varying by micrometres).
 *
 * <p>Not thread-safe; one instance per channel.
 */
public final class SummaryStatistics {
    private long count;
    private double mean;
    private double sumSquaredDeviations;
    private double sumSquares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long nonFinite;

    /** Adds values; NaN and infinities are counted separately and left out of the statistics. */
    public void addAll(double[] values) {
        for (double value : values) {
            add(value);
        }
    }

    public void add(double value) {
        if (!Double.isFinite(value)) {
            nonFinite++;
            return;
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumSquaredDeviations += delta * (value - mean);
        sumSquares += value * value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** A snapshot of the statistics so far. */
    public Result result() {
        if (count == 0) {
            return new Result(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, nonFinite);
        }
        double sd = count > 1 ? Math.sqrt(sumSquaredDeviations / (count - 1)) : 0.0;
        return new Result(count, mean, sd, min, max, Math.sqrt(sumSquares / count), nonFinite);
    }

    /**
     * @param standardDeviation sample standard deviation (divides by n − 1); 0 for one value
     * @param nonFiniteCount NaN or infinite values that were left out
     */
    public record Result(
            long count,
            double mean,
            double standardDeviation,
            double min,
            double max,
            double rms,
            long nonFiniteCount) {}
}
