package org.steadyhand.ui.rig;

/**
 * Chooses the vertical range of the live trace from the 1-2-5 series (…, 20, 50, 100, 200, …), so
 * the axis labels stay round numbers. It grows at once when the signal would clip and shrinks only
 * when the signal has fallen well inside, so the scale does not flicker with every tremor burst.
 */
final class TraceScale {
    /** Shrink only when the peak is below this share of the range. */
    private static final double SHRINK_BELOW = 0.4;
    /** Headroom above the peak when choosing a range. */
    private static final double HEADROOM = 1.15;

    private final double minimumRange;
    private double range;

    /** @param minimumRange the smallest half-range shown, in the trace's unit */
    TraceScale(double minimumRange) {
        this.minimumRange = nice(minimumRange);
        this.range = this.minimumRange;
    }

    /** The half-range to show (axis from -range to +range) for a trace whose largest |value| is this. */
    double update(double peakMagnitude) {
        if (!Double.isFinite(peakMagnitude)) {
            return range;
        }
        double wanted = Math.max(minimumRange, nice(peakMagnitude * HEADROOM));
        if (wanted > range || peakMagnitude < SHRINK_BELOW * range) {
            range = wanted;
        }
        return range;
    }

    double range() {
        return range;
    }

    /** The smallest 1, 2 or 5 times a power of ten that is &gt;= value (value &gt; 0). */
    static double nice(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * decade >= value * (1 - 1e-12)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }
}
