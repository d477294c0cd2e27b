package org.steadyhand.device.sim;

/**
 * The involuntary part of the instrument tip's motion in a surgical task: slow voluntary drift
 * plus physiological tremor, per axis, in mm; the task's intended path is added on top.
 *
 * <p>Drift is low-pass noise below 2 Hz (DOMAIN.md: 98.9% of eye surgeons' voluntary motion power
 * lies below 2 Hz; a 0.4 Hz cut-off keeps well inside that), about 0.1 mm RMS for an expert,
 * 0.25 mm for an intermediate and 0.5 mm for a novice. Tremor is a {@link Resonator} per axis
 * with the trainee's {@link TremorProfile}. The vertical axis moves less (factor {@value
 * #VERTICAL_FACTOR}) because the forearm rests on the wrist support, which carries the weight
 * of the hand and damps vertical motion.
 *
 * <p>Call {@link #advance} once per sample, then read the axes. Not thread-safe.
 */
final class HandMotion {
    static final double DRIFT_CUTOFF_HZ = 0.4;
    static final double VERTICAL_FACTOR = 0.6;

    private final LowPassNoise[] drift = new LowPassNoise[3];
    private final Resonator[] tremor = new Resonator[3];
    private final double[] driftNow = new double[3];
    private final double[] tremorNow = new double[3];

    HandMotion(Skill skill, TremorProfile profile, double sampleRateHz, long seed) {
        double driftRmsMm = switch (skill) {
            case EXPERT -> 0.10;
            case INTERMEDIATE -> 0.25;
            case NOVICE -> 0.50;
        };
        String[] axes = {"x", "y", "z"};
        for (int axis = 0; axis < 3; axis++) {
            double factor = axis == 2 ? VERTICAL_FACTOR : 1.0;
            drift[axis] = new LowPassNoise(
                    DRIFT_CUTOFF_HZ,
                    driftRmsMm * factor,
                    sampleRateHz,
                    SimRandom.stream(seed, "hand.drift." + axes[axis]));
            tremor[axis] = new Resonator(
                    profile.centreHz(),
                    profile.bandwidthHz(),
                    sampleRateHz,
                    profile.rmsMm() * factor,
                    SimRandom.stream(seed, "hand.tremor." + axes[axis]));
        }
    }

    /** Moves to the next sample. */
    void advance() {
        for (int axis = 0; axis < 3; axis++) {
            driftNow[axis] = drift[axis].next();
            tremorNow[axis] = tremor[axis].next();
        }
    }

    double x() {
        return driftNow[0] + tremorNow[0];
    }

    double y() {
        return driftNow[1] + tremorNow[1];
    }

    double z() {
        return driftNow[2] + tremorNow[2];
    }

    /** The vertical tremor alone, mm: what presses the tip into tissue and back at tremor frequency. */
    double tremorZ() {
        return tremorNow[2];
    }
}
