package org.steadyhand.device.sim;

/**
 * An angle in degrees that holds near a set point, drifts slowly and trembles a little: the
 * instrument's angle from vertical in surgical tasks, the gun's cant in marksmanship.
 *
 * <p>Instrument tilt: a set point of 40-45 deg per seed (a typical handpiece angle through a
 * corneal incision), slow drift of 1, 1.8 or 3 deg RMS (expert, intermediate, novice) below
 * 0.2 Hz, and tremor of 0.05-0.15 deg at the trainee's tremor frequency. Cant: a habitual cant of
 * up to 0.5, 1.5 or 3 deg either way, wandering by 0.2, 0.5 or 1 deg RMS (DOMAIN.md lists cant
 * among optical trainers' hold metrics; the sizes are judgement calls). Not thread-safe.
 */
final class Tilt {
    private static final double DRIFT_CUTOFF_HZ = 0.2;

    private final double setPointDeg;
    private final LowPassNoise drift;
    private final Resonator tremor;

    private Tilt(double setPointDeg, double driftDeg, double tremorDeg, TremorProfile profile, double fs, long seed) {
        this.setPointDeg = setPointDeg;
        this.drift = new LowPassNoise(DRIFT_CUTOFF_HZ, driftDeg, fs, SimRandom.stream(seed, "tilt.drift"));
        this.tremor = new Resonator(
                profile.centreHz(), profile.bandwidthHz(), fs, tremorDeg, SimRandom.stream(seed, "tilt.tremor"));
    }

    /** The instrument's angle from vertical, around 40-45 deg. */
    static Tilt instrument(Skill skill, TremorProfile profile, double sampleRateHz, long seed) {
        double setPoint = SimRandom.stream(seed, "tilt.set-point").uniform(40, 45);
        return switch (skill) {
            case EXPERT -> new Tilt(setPoint, 1.0, 0.05, profile, sampleRateHz, seed);
            case INTERMEDIATE -> new Tilt(setPoint, 1.8, 0.08, profile, sampleRateHz, seed);
            case NOVICE -> new Tilt(setPoint, 3.0, 0.15, profile, sampleRateHz, seed);
        };
    }

    /** The gun's cant, around 0 deg (positive clockwise as the shooter sees it). */
    static Tilt cant(Skill skill, TremorProfile profile, double sampleRateHz, long seed) {
        SimRandom random = SimRandom.stream(seed, "tilt.set-point");
        return switch (skill) {
            case EXPERT -> new Tilt(random.uniform(-0.5, 0.5), 0.2, 0.02, profile, sampleRateHz, seed);
            case INTERMEDIATE -> new Tilt(random.uniform(-1.5, 1.5), 0.5, 0.04, profile, sampleRateHz, seed);
            case NOVICE -> new Tilt(random.uniform(-3.0, 3.0), 1.0, 0.08, profile, sampleRateHz, seed);
        };
    }

    double next() {
        return setPointDeg + drift.next() + tremor.next();
    }
}
