package org.steadyhand.analysis.force;

/**
 * Analyses a whole force recording at once: peak, time-weighted mean, current rate of change, time
 * at or above the caution, danger and contact thresholds, and the impulse above caution and danger
 * (see {@link ForceMetrics} for each result and how gaps and NaN samples are handled).
 *
 * <p>Gives exactly the same numbers as feeding the same samples to a
 * {@link StreamingForceAnalyzer}, in any block sizes. Stateless and thread-safe.
 */
public final class ForceAnalyzer {
    /**
     * Default gap limit, seconds: an interval between finite samples longer than this is a gap and
     * counts nowhere. Force gauges stream at 10 Hz or more and the rig's sensor at 1 kHz, so one lost
     * sample of a 10 Hz gauge (0.2 s) still counts; a longer silence means the device delivered
     * nothing, and the force in between is unknown.
     */
    public static final double DEFAULT_MAX_GAP_SECONDS = 0.25;

    /**
     * Window of the current rate of change, seconds: long enough to average a 1 kHz signal's sensor
     * noise over 50 samples, short enough (half a 10 Hz tremor cycle) to follow a push as it happens.
     */
    public static final double RATE_WINDOW_SECONDS = 0.05;

    private ForceAnalyzer() {}

    /** Analyses with the {@link #DEFAULT_MAX_GAP_SECONDS default gap limit}. */
    public static ForceMetrics analyze(long[] timesNanos, double[] forceMilliNewtons, ForceThresholds thresholds) {
        return analyze(timesNanos, forceMilliNewtons, thresholds, DEFAULT_MAX_GAP_SECONDS);
    }

    /**
     * @param timesNanos sample times, strictly increasing, nanoseconds on any clock
     * @param forceMilliNewtons forces, mN; NaN and infinite values are skipped and counted
     * @param maxGapSeconds intervals longer than this are gaps, not data
     * @throws IllegalArgumentException for empty or mismatched arrays, a time not after the one
     *     before it (naming the index), or no finite sample at all
     */
    public static ForceMetrics analyze(
            long[] timesNanos, double[] forceMilliNewtons, ForceThresholds thresholds, double maxGapSeconds) {
        if (timesNanos.length != forceMilliNewtons.length) {
            throw new IllegalArgumentException(
                    timesNanos.length + " times but " + forceMilliNewtons.length + " force values");
        }
        if (timesNanos.length == 0) {
            throw new IllegalArgumentException("no force samples to analyse");
        }
        requireIncreasing(timesNanos, 1, timesNanos[0]);
        ForceAccumulator accumulator =
                new ForceAccumulator(thresholds, gapNanos(maxGapSeconds), secondsToNanos(RATE_WINDOW_SECONDS));
        for (int i = 0; i < timesNanos.length; i++) {
            accumulator.add(timesNanos[i], forceMilliNewtons[i]);
        }
        return accumulator.metrics().orElseThrow(() -> new IllegalArgumentException(accumulator.describeEmpty()));
    }

    /** Checks that times from {@code from} on increase strictly, starting after {@code previous}. */
    static void requireIncreasing(long[] timesNanos, int from, long previous) {
        long before = previous;
        for (int i = from; i < timesNanos.length; i++) {
            if (timesNanos[i] <= before) {
                throw new IllegalArgumentException("sample times must increase, but time[" + i + "] = " + timesNanos[i]
                        + " ns is not after " + before + " ns");
            }
            before = timesNanos[i];
        }
    }

    static long gapNanos(double maxGapSeconds) {
        if (!(maxGapSeconds > 0) || Double.isInfinite(maxGapSeconds)) {
            throw new IllegalArgumentException("'maxGapSeconds' must be finite and > 0, got " + maxGapSeconds);
        }
        return secondsToNanos(maxGapSeconds);
    }

    static long secondsToNanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
