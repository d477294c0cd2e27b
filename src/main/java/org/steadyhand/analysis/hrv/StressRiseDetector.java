package org.steadyhand.analysis.hrv;

import java.util.Optional;

/**
 * Notices stress rising during a module: Baevsky's stress index over the last {@value
 * #SHORT_SECONDS} s against the last {@value #BASELINE_SECONDS} s as the trainee's own baseline.
 * It fires when the short-window SI reaches {@value #RISE_RATIO} × the baseline SI and RMSSD
 * (vagal tone) has fallen to {@value #RMSSD_DROP_RATIO} × its baseline, once the
 * baseline covers at least {@value #MIN_BASELINE_SECONDS} s; it re-arms when the ratio falls below
 * {@value #REARM_RATIO} and fires at most once per {@value #SHORT_SECONDS} s. The ratios are
 * judgement calls: SI varies between people at rest, so only a person's own change is used; over
 * 60 beats at rest SI alone swings to 2× its 5 min value (measured in RollingHrvTest), so a rise
 * must show in RMSSD too; Task Force 1996 gives the 5 min short-term window. Not thread-safe: one thread.
 */
public final class StressRiseDetector {
    static final long SHORT_SECONDS = 60;
    static final long BASELINE_SECONDS = 300;
    static final long MIN_BASELINE_SECONDS = 120;
    static final double RISE_RATIO = 1.5;
    static final double RMSSD_DROP_RATIO = 0.7;
    static final double REARM_RATIO = 1.2;
    private static final long NANOS = 1_000_000_000L;

    private final RollingHrv recent = new RollingHrv(SHORT_SECONDS * NANOS);
    private final RollingHrv baseline = new RollingHrv(BASELINE_SECONDS * NANOS);
    private boolean armed = true;
    private long lastFiredNanos = Long.MIN_VALUE;

    /**
     * A rise of stress.
     *
     * @param atNanos the beat at which it was noticed
     * @param recentStressIndex SI of the last 60 s
     * @param baselineStressIndex SI of the last 5 min
     */
    public record StressRise(long atNanos, double recentStressIndex, double baselineStressIndex) {}

    /** Adds one beat; a rise if this beat shows one. */
    public Optional<StressRise> beat(long atNanos, double rrMillis) {
        recent.add(atNanos, rrMillis);
        baseline.add(atNanos, rrMillis);
        if (baseline.coveredNanos() < MIN_BASELINE_SECONDS * NANOS) {
            return Optional.empty();
        }
        Optional<Biofeedback> now = recent.current();
        Optional<Biofeedback> base = baseline.current();
        if (now.isEmpty()
                || base.isEmpty()
                || now.get().stressIndex().isEmpty()
                || base.get().stressIndex().isEmpty()) {
            return Optional.empty();
        }
        double si = now.get().stressIndex().getAsDouble();
        double baseSi = base.get().stressIndex().getAsDouble();
        double ratio = si / baseSi;
        if (ratio < REARM_RATIO) {
            armed = true;
        }
        boolean quiet = lastFiredNanos == Long.MIN_VALUE || atNanos - lastFiredNanos >= SHORT_SECONDS * NANOS;
        boolean vagalDrop =
                now.get().rmssdMillis() <= RMSSD_DROP_RATIO * base.get().rmssdMillis();
        if (armed && quiet && ratio >= RISE_RATIO && vagalDrop) {
            armed = false;
            lastFiredNanos = atNanos;
            return Optional.of(new StressRise(atNanos, si, baseSi));
        }
        return Optional.empty();
    }
}
