package org.steadyhand.analysis.score;

/**
 * One component's result.
 *
 * @param metricValue the measured value in the metric's unit; NaN when the session could not
 *     measure it (no force sensor, say)
 * @param score 0..100, NaN when not measured
 * @param weight the declared weight; a component that was not measured does not count
 */
public record ComponentScore(String id, String name, String metric, double metricValue, double score, double weight) {
    public boolean measured() {
        return !Double.isNaN(score);
    }
}
