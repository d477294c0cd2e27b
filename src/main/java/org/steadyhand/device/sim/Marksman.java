package org.steadyhand.device.sim;

import java.util.function.Consumer;
import org.steadyhand.core.Shot;

/**
 * A shooter at the 10 m range: where the sights point on the target (mm from its centre, x right,
 * y up) and when and where each shot lands.
 *
 * <p>The hold wobbles round a centre point by low-pass drift (below 1 Hz) plus hand tremor carried
 * to the target; a shot is released every 6-10 s (drawn per shot) and lands where the sights point
 * at that sample plus a release error (trigger jerk, follow-through). So the shot group and the
 * aim trace always agree. After each shot the shooter lowers the gun and comes back up into the
 * aim area (1-4.5 s after the shot); the session starts with that approach.
 *
 * <p>Sizes, for the air rifle (DOMAIN.md: rings 2.5 mm apart in radius, 10-ring 0.5 mm): the
 * group's standard deviation per axis is about 1 mm for an expert, 3 mm for an intermediate and
 * 6 mm for a novice; 0.8 of it is hold (drift 95%, tremor 30% by RMS) and 0.6 release error, so
 * that hold^2 + release^2 = group^2. The centre point is off the target centre by up to 0.5 mm for
 * an expert, 0.5-1.5 mm for an intermediate and 2-4 mm for a novice (sights not yet zeroed, a
 * habitual hold), which moves the group's mean point of impact. The air pistol is held in one
 * outstretched hand and its wobble is {@value #PISTOL_FACTOR} times the rifle's, with rings 8 mm
 * apart to match. Not thread-safe.
 */
final class Marksman {
    static final double PISTOL_FACTOR = 4.0;
    private static final double HOLD_SHARE = 0.8;
    private static final double RELEASE_SHARE = 0.6;

    private final double sampleRateHz;
    private final double releaseSigmaMm;
    private final double centreXMm;
    private final double centreYMm;
    private final double approachDropMm;
    private final LowPassNoise driftX;
    private final LowPassNoise driftY;
    private final Resonator tremorX;
    private final Resonator tremorY;
    private final SimRandom shots;

    private long n;
    private long lastShotSample;
    private long nextShotSample;
    private double aimX;
    private double aimY;

    Marksman(Skill skill, SimTask weapon, TremorProfile tremor, double sampleRateHz, long seed) {
        this.sampleRateHz = sampleRateHz;
        double scale = weapon == SimTask.AIR_PISTOL ? PISTOL_FACTOR : 1.0;
        SimRandom plan = SimRandom.stream(seed, "marksman.plan");
        double groupSigmaMm;
        double offsetMm;
        switch (skill) {
            case EXPERT -> {
                groupSigmaMm = 1.0;
                offsetMm = plan.uniform(0.0, 0.5);
            }
            case INTERMEDIATE -> {
                groupSigmaMm = 3.0;
                offsetMm = plan.uniform(0.5, 1.5);
            }
            default -> {
                groupSigmaMm = 6.0;
                offsetMm = plan.uniform(2.0, 4.0);
            }
        }
        double offsetAngle = plan.uniform(0, 2 * Math.PI);
        this.centreXMm = scale * offsetMm * StrictMath.cos(offsetAngle);
        this.centreYMm = scale * offsetMm * StrictMath.sin(offsetAngle);
        double holdMm = scale * HOLD_SHARE * groupSigmaMm;
        double driftMm = holdMm * Math.sqrt(1 - 0.3 * 0.3);
        double tremorMm = holdMm * 0.3;
        this.releaseSigmaMm = scale * RELEASE_SHARE * groupSigmaMm;
        this.approachDropMm = scale * 15.0;
        this.driftX = new LowPassNoise(1.0, driftMm, sampleRateHz, SimRandom.stream(seed, "marksman.drift.x"));
        this.driftY = new LowPassNoise(1.0, driftMm, sampleRateHz, SimRandom.stream(seed, "marksman.drift.y"));
        this.tremorX = new Resonator(
                tremor.centreHz(),
                tremor.bandwidthHz(),
                sampleRateHz,
                tremorMm,
                SimRandom.stream(seed, "marksman.tremor.x"));
        this.tremorY = new Resonator(
                tremor.centreHz(),
                tremor.bandwidthHz(),
                sampleRateHz,
                tremorMm,
                SimRandom.stream(seed, "marksman.tremor.y"));
        this.shots = SimRandom.stream(seed, "marksman.shots");
        // As if a shot had been fired one second before the start: the session opens with the approach.
        this.lastShotSample = -Math.round(sampleRateHz);
        this.nextShotSample = nextShotAfter(0);
    }

    /**
     * Moves to the next sample; reports a shot if one is released at it.
     *
     * @param shotSink receives the shot, stamped with this sample's time relative to the first sample
     */
    void advance(Consumer<Shot> shotSink) {
        aimX = centreXMm + driftX.next() + tremorX.next();
        aimY = centreYMm + driftY.next() + tremorY.next() - approachDropMm * approach(n - lastShotSample);
        if (n == nextShotSample) {
            long atNanos = Math.round(n * 1e9 / sampleRateHz);
            shotSink.accept(new Shot(
                    atNanos,
                    aimX + releaseSigmaMm * shots.nextGaussian(),
                    aimY + releaseSigmaMm * shots.nextGaussian()));
            lastShotSample = n;
            nextShotSample = nextShotAfter(n);
        }
        n++;
    }

    /** How far down the gun is, 0..1, some samples after a shot: lowered, then raised back into aim. */
    private double approach(long samplesSinceShot) {
        double u = (samplesSinceShot / sampleRateHz - 1.0) / 3.5;
        if (u <= 0 || u >= 1) {
            return 0;
        }
        double s = StrictMath.sin(Math.PI * u);
        return s * s;
    }

    private long nextShotAfter(long sample) {
        return sample + Math.round(shots.uniform(6.0, 10.0) * sampleRateHz);
    }

    double aimX() {
        return aimX;
    }

    double aimY() {
        return aimY;
    }
}
