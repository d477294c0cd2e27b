package org.steadyhand.analysis.force;

import java.util.Optional;
import org.steadyhand.core.SampleBlock;

/**
 * Analyses a force signal as it arrives, block by block, for a live display: keeps running totals
 * at amortised O(1) per sample and gives the {@link ForceMetrics} of everything fed so far, equal
 * to what {@link ForceAnalyzer} gives for the same samples.
 *
 * <p>Blocks must continue in time: each sample later than the one before, across blocks too. A
 * block that breaks this is rejected whole, and the state stays as before it.
 *
 * <p>Not thread-safe: feed and read from one thread (or hand over with a happens-before edge).
 */
public final class StreamingForceAnalyzer {
    private final ForceAccumulator accumulator;

    /** With the {@link ForceAnalyzer#DEFAULT_MAX_GAP_SECONDS default gap limit}. */
    public StreamingForceAnalyzer(ForceThresholds thresholds) {
        this(thresholds, ForceAnalyzer.DEFAULT_MAX_GAP_SECONDS);
    }

    public StreamingForceAnalyzer(ForceThresholds thresholds, double maxGapSeconds) {
        this.accumulator = new ForceAccumulator(
                thresholds,
                ForceAnalyzer.gapNanos(maxGapSeconds),
                ForceAnalyzer.secondsToNanos(ForceAnalyzer.RATE_WINDOW_SECONDS));
    }

    /**
     * Adds samples (times in nanoseconds, forces in mN; NaN and infinite values are skipped and
     * counted). An empty block changes nothing.
     *
     * @throws IllegalArgumentException for mismatched arrays or a time not after the previous
     *     sample's, naming the index in this block; nothing of the block is used then
     */
    public void feed(long[] timesNanos, double[] forceMilliNewtons) {
        if (timesNanos.length != forceMilliNewtons.length) {
            throw new IllegalArgumentException(
                    timesNanos.length + " times but " + forceMilliNewtons.length + " force values");
        }
        if (timesNanos.length == 0) {
            return;
        }
        if (accumulator.sampleCount() > 0) {
            ForceAnalyzer.requireIncreasing(timesNanos, 0, accumulator.lastNanos());
        } else {
            ForceAnalyzer.requireIncreasing(timesNanos, 1, timesNanos[0]);
        }
        for (int i = 0; i < timesNanos.length; i++) {
            accumulator.add(timesNanos[i], forceMilliNewtons[i]);
        }
    }

    /** Adds a block of a force channel; its values must be in mN. */
    public void feed(SampleBlock block) {
        feed(block.timesNanos(), block.values());
    }

    /** The results of everything fed so far; empty until a finite sample arrived. */
    public Optional<ForceMetrics> metrics() {
        return accumulator.metrics();
    }

    /**
     * The latest force gradient dF/dt, mN/s: the least-squares slope over the last
     * {@link ForceAnalyzer#RATE_WINDOW_SECONDS} (as {@link ForceMetrics#rateOfChangeMilliNewtonsPerSecond()}),
     * cheaper than a full {@link #metrics()} snapshot for a display refreshing every frame. NaN until
     * two finite samples arrived, and again right after a gap.
     */
    public double latestGradientMilliNewtonsPerSecond() {
        return accumulator.rateOfChangePerSecond();
    }
}
