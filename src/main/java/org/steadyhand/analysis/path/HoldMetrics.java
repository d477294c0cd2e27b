package org.steadyhand.analysis.path;

/**
 * How well the instrument tip was held at a target point in the horizontal plane: the RMS
 * distance from the target and the share of samples within a tolerance. The distance includes
 * drift and tremor alike; the anti-tremor module scores tremor separately from the spectrum.
 *
 * @param errorRmsMillimetres root mean square distance of the tip from the target, mm
 * @param withinTolerancePct share of samples within {@code toleranceMillimetres} of the target, %
 * @param samples samples used (NaN samples are left out and counted in {@code skippedSamples})
 */
public record HoldMetrics(
        double errorRmsMillimetres,
        double withinTolerancePct,
        double toleranceMillimetres,
        int samples,
        int skippedSamples) {

    /**
     * @param xMillimetres tip x, one value per sample
     * @param yMillimetres tip y, the same samples as {@code xMillimetres}
     * @throws IllegalArgumentException when the axes differ in length or no sample is usable
     */
    public static HoldMetrics of(
            double[] xMillimetres,
            double[] yMillimetres,
            double targetXMillimetres,
            double targetYMillimetres,
            double toleranceMillimetres) {
        if (xMillimetres.length != yMillimetres.length) {
            throw new IllegalArgumentException(
                    "x and y must have the same samples, got " + xMillimetres.length + " and " + yMillimetres.length);
        }
        if (!(toleranceMillimetres > 0)) {
            throw new IllegalArgumentException("'toleranceMillimetres' must be > 0, got " + toleranceMillimetres);
        }
        double sumSquares = 0;
        int within = 0;
        int used = 0;
        double toleranceSquared = toleranceMillimetres * toleranceMillimetres;
        for (int i = 0; i < xMillimetres.length; i++) {
            double dx = xMillimetres[i] - targetXMillimetres;
            double dy = yMillimetres[i] - targetYMillimetres;
            double squared = dx * dx + dy * dy;
            if (Double.isNaN(squared)) {
                continue;
            }
            used++;
            sumSquares += squared;
            if (squared <= toleranceSquared) {
                within++;
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("no usable tip position samples");
        }
        return new HoldMetrics(
                Math.sqrt(sumSquares / used),
                100.0 * within / used,
                toleranceMillimetres,
                used,
                xMillimetres.length - used);
    }
}
