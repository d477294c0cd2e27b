package org.steadyhand.analysis.force;

import java.util.Optional;

/**
 * Running totals behind {@link ForceAnalyzer} and {@link StreamingForceAnalyzer}, so that batch and
 * live results are computed by the same arithmetic in the same order and agree exactly.
 *
 * <p>Each interval between consecutive finite samples is a straight line. Its contribution to the
 * time above a threshold c is exact for that line: the whole interval if both ends are at or above
 * c, none if both are below, else the part beyond the crossing, at fraction (a − c) / (a − b) of
 * the interval from the end a that is above. The impulse ∫ max(0, F − c) dt is likewise exact: a
 * trapezoid when both ends are above, the triangle beyond the crossing otherwise. Intervals longer
 * than the gap limit are counted as gaps and contribute nothing.
 *
 * <p>Callers check time order before adding. O(1) per sample (amortised, see {@link RecentSamples}).
 * Not thread-safe.
 */
final class ForceAccumulator {
    private final ForceThresholds thresholds;
    private final long maxGapNanos;
    private final RecentSamples recent;

    private long sampleCount;
    private long skippedCount;
    private long gapCount;
    private long firstNanos;
    private long lastNanos;

    private boolean anyFinite;
    private long lastFiniteNanos;
    private double lastFiniteValue;
    private double peak = Double.NEGATIVE_INFINITY;
    private double finiteSum;
    private long finiteCount;

    private long measuredNanos;
    private double integralMilliNewtonSeconds;
    private double aboveCautionSeconds;
    private double aboveDangerSeconds;
    private double contactSeconds;
    private double impulseAboveCaution;
    private double impulseAboveDanger;

    ForceAccumulator(ForceThresholds thresholds, long maxGapNanos, long rateWindowNanos) {
        this.thresholds = thresholds;
        this.maxGapNanos = maxGapNanos;
        this.recent = new RecentSamples(rateWindowNanos);
    }

    /** The time of the last sample added, finite or not; only meaningful after the first. */
    long lastNanos() {
        return lastNanos;
    }

    long sampleCount() {
        return sampleCount;
    }

    /** Adds one sample, later than the previous one (checked by the caller). */
    void add(long timeNanos, double forceMilliNewtons) {
        if (sampleCount == 0) {
            firstNanos = timeNanos;
        }
        sampleCount++;
        lastNanos = timeNanos;
        if (!Double.isFinite(forceMilliNewtons)) {
            skippedCount++;
            return;
        }
        if (anyFinite) {
            long intervalNanos = timeNanos - lastFiniteNanos;
            if (intervalNanos > maxGapNanos) {
                gapCount++;
                recent.clear();
            } else {
                addInterval(intervalNanos, lastFiniteValue, forceMilliNewtons);
            }
        }
        anyFinite = true;
        lastFiniteNanos = timeNanos;
        lastFiniteValue = forceMilliNewtons;
        peak = Math.max(peak, forceMilliNewtons);
        finiteSum += forceMilliNewtons;
        finiteCount++;
        recent.add(timeNanos, forceMilliNewtons);
    }

    private void addInterval(long intervalNanos, double a, double b) {
        double dt = intervalNanos * 1e-9;
        measuredNanos += intervalNanos;
        integralMilliNewtonSeconds += 0.5 * (a + b) * dt;
        aboveCautionSeconds += timeAtOrAbove(a, b, dt, thresholds.cautionMilliNewtons());
        aboveDangerSeconds += timeAtOrAbove(a, b, dt, thresholds.dangerMilliNewtons());
        contactSeconds += timeAtOrAbove(a, b, dt, thresholds.contactMilliNewtons());
        impulseAboveCaution += areaAbove(a, b, dt, thresholds.cautionMilliNewtons());
        impulseAboveDanger += areaAbove(a, b, dt, thresholds.dangerMilliNewtons());
    }

    /** Time within a straight interval from a to b, lasting dt, with the force at or above c. */
    static double timeAtOrAbove(double a, double b, double dt, double c) {
        boolean aAbove = a >= c;
        boolean bAbove = b >= c;
        if (aAbove && bAbove) {
            return dt;
        }
        if (!aAbove && !bAbove) {
            return 0;
        }
        return aAbove ? dt * (a - c) / (a - b) : dt * (b - c) / (b - a);
    }

    /** ∫ max(0, F − c) dt over a straight interval from a to b lasting dt. */
    static double areaAbove(double a, double b, double dt, double c) {
        double ea = a - c;
        double eb = b - c;
        if (ea >= 0 && eb >= 0) {
            return 0.5 * (ea + eb) * dt;
        }
        if (ea <= 0 && eb <= 0) {
            return 0;
        }
        double above = Math.max(ea, eb);
        return 0.5 * above * above / Math.abs(ea - eb) * dt;
    }

    /** The results so far; empty until a finite sample arrived. */
    Optional<ForceMetrics> metrics() {
        if (!anyFinite) {
            return Optional.empty();
        }
        double measuredSeconds = measuredNanos * 1e-9;
        double mean = measuredNanos > 0 ? integralMilliNewtonSeconds / measuredSeconds : finiteSum / finiteCount;
        return Optional.of(new ForceMetrics(
                sampleCount,
                skippedCount,
                gapCount,
                (lastNanos - firstNanos) * 1e-9,
                measuredSeconds,
                lastFiniteValue,
                peak,
                mean,
                recent.slopePerSecond(),
                aboveCautionSeconds,
                aboveDangerSeconds,
                contactSeconds,
                impulseAboveCaution,
                impulseAboveDanger,
                thresholds.levelOf(lastFiniteValue),
                thresholds.levelOf(peak),
                thresholds));
    }

    /** The current rate of change, mN/s (see {@link ForceMetrics#rateOfChangeMilliNewtonsPerSecond()}). */
    double rateOfChangePerSecond() {
        return recent.slopePerSecond();
    }

    /** Counts and explains what was seen when there was nothing to analyse. */
    String describeEmpty() {
        return sampleCount == 0
                ? "no force samples"
                : "no finite force samples (" + skippedCount + " NaN or infinite skipped)";
    }
}
