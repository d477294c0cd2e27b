package org.steadyhand.analysis.hrv;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * HR, RMSSD and stress index over the beats of the last {@code windowNanos} (e.g. 60 s for
 * biofeedback, 5 min as the Task Force short-term window), updated beat by beat. Intervals outside
 * 250–2500 ms are not heart beats (as in {@link HrvSettings#kubiosDefaults()}) and are ignored;
 * artefacts are not corrected live. Not thread-safe: feed and read it from one thread.
 */
public final class RollingHrv {
    private final long windowNanos;
    private final HrvSettings limits = HrvSettings.kubiosDefaults();
    private final Deque<long[]> beats = new ArrayDeque<>();
    private final Deque<Double> intervals = new ArrayDeque<>();

    public RollingHrv(long windowNanos) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("'windowNanos' must be > 0, got " + windowNanos);
        }
        this.windowNanos = windowNanos;
    }

    /**
     * Adds the interval ending at {@code atNanos}. A time before the last one (another source, a
     * restarted clock) starts the window afresh rather than mixing two time lines.
     */
    public void add(long atNanos, double rrMillis) {
        if (!beats.isEmpty() && atNanos < beats.peekLast()[0]) {
            beats.clear();
            intervals.clear();
        }
        if (!(rrMillis >= limits.minRrMillis() && rrMillis <= limits.maxRrMillis())) {
            return;
        }
        beats.addLast(new long[] {atNanos});
        intervals.addLast(rrMillis);
        while (atNanos - beats.peekFirst()[0] > windowNanos) {
            beats.removeFirst();
            intervals.removeFirst();
        }
    }

    /** Time covered by the beats held, ns (from the first interval's start to the last beat). */
    public long coveredNanos() {
        if (beats.isEmpty()) {
            return 0;
        }
        return beats.peekLast()[0] - beats.peekFirst()[0] + Math.round(intervals.peekFirst() * 1e6);
    }

    /** The window's values; empty with fewer than {@value HrvAnalyzer#MIN_INTERVALS} beats. */
    public Optional<Biofeedback> current() {
        if (intervals.size() < HrvAnalyzer.MIN_INTERVALS) {
            return Optional.empty();
        }
        double[] rr = intervals.stream().mapToDouble(Double::doubleValue).toArray();
        TimeDomain t = TimeDomain.of(rr, 1);
        return Optional.of(
                new Biofeedback(rr.length, coveredNanos() / 1e9, t.meanHrBpm(), t.rmssdMillis(), t.stressIndex()));
    }
}
