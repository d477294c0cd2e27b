package org.steadyhand.analysis.path;

/**
 * How closely a traced path followed a target circle (the capsulorhexis task): the deviation from
 * the circle, how much of the lap was completed, the time one lap took, and the circle actually
 * drawn (for feedback such as "your circle was 0.2 mm small and 0.3 mm to the left").
 *
 * @param deviationRmsMillimetres RMS of the radial distance from the target circle, mm
 * @param coveragePct net angle travelled round the target centre as a share of one lap, capped at
 *     100 %; a path that goes back and forth gains nothing
 * @param lapTimeSeconds time from the first sample until one full lap was completed; NaN when the
 *     lap was not completed
 * @param drawn least-squares circle through the path ({@link CircleFit})
 */
public record CirclePathMetrics(
        double deviationRmsMillimetres, double coveragePct, double lapTimeSeconds, CircleFit drawn, int samples) {

    /**
     * @param timesNanos sample times, increasing
     * @param xMillimetres tip x per sample
     * @param yMillimetres tip y per sample
     * @throws IllegalArgumentException on mismatched arrays, non-increasing times, fewer than three
     *     usable samples or a non-positive radius
     */
    public static CirclePathMetrics of(
            long[] timesNanos,
            double[] xMillimetres,
            double[] yMillimetres,
            double centreXMillimetres,
            double centreYMillimetres,
            double radiusMillimetres) {
        if (timesNanos.length != xMillimetres.length || xMillimetres.length != yMillimetres.length) {
            throw new IllegalArgumentException("times, x and y must have the same samples");
        }
        if (!(radiusMillimetres > 0)) {
            throw new IllegalArgumentException("'radiusMillimetres' must be > 0, got " + radiusMillimetres);
        }
        double sumSquares = 0;
        int used = 0;
        double travelledRadians = 0;
        double previousAngle = Double.NaN;
        double lapTimeSeconds = Double.NaN;
        long startNanos = timesNanos.length > 0 ? timesNanos[0] : 0;
        for (int i = 0; i < timesNanos.length; i++) {
            if (i > 0 && timesNanos[i] <= timesNanos[i - 1]) {
                throw new IllegalArgumentException(
                        "sample times must increase; sample " + i + " is not later than " + (i - 1));
            }
            double dx = xMillimetres[i] - centreXMillimetres;
            double dy = yMillimetres[i] - centreYMillimetres;
            if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
                continue;
            }
            double radialError = Math.hypot(dx, dy) - radiusMillimetres;
            sumSquares += radialError * radialError;
            used++;
            double angle = Math.atan2(dy, dx);
            if (!Double.isNaN(previousAngle)) {
                travelledRadians += wrapped(angle - previousAngle);
                if (Double.isNaN(lapTimeSeconds) && Math.abs(travelledRadians) >= 2 * Math.PI) {
                    lapTimeSeconds = (timesNanos[i] - startNanos) / 1e9;
                }
            }
            previousAngle = angle;
        }
        if (used < 3) {
            throw new IllegalArgumentException("a traced path needs at least 3 usable samples, got " + used);
        }
        double coverage = Math.min(100.0, 100.0 * Math.abs(travelledRadians) / (2 * Math.PI));
        return new CirclePathMetrics(
                Math.sqrt(sumSquares / used), coverage, lapTimeSeconds, CircleFit.of(xMillimetres, yMillimetres), used);
    }

    /** An angle step brought into (-pi, pi]: the tip never turns half a lap between two samples. */
    private static double wrapped(double radians) {
        double r = radians % (2 * Math.PI);
        if (r > Math.PI) {
            r -= 2 * Math.PI;
        } else if (r <= -Math.PI) {
            r += 2 * Math.PI;
        }
        return r;
    }
}
