package org.steadyhand.device.sim;

import java.util.function.Consumer;
import org.steadyhand.core.RrInterval;

/**
 * The trainee's heart: beat times and the RR intervals between them.
 *
 * <p>The RR interval at time t is {@code RR0 + A_rsa sin(2 pi f_resp t + p1) + A_mayer sin(2 pi
 * 0.1 t + p2) + jitter}: respiratory sinus arrhythmia at the breathing rate (14-16 breaths/min,
 * ~0.25 Hz, in the HF band 0.15-0.40 Hz of Task Force 1996), a Mayer wave near 0.1 Hz (LF band
 * 0.04-0.15 Hz) and beat-to-beat jitter. The next beat comes one RR, evaluated at the previous
 * beat, after it, as a real sino-atrial node would time it.
 *
 * <p>Skill stands in for stress: a novice under assessment has a higher heart rate and less
 * vagal modulation. Expert 65-70 bpm, RSA amplitude 45 ms, Mayer 20 ms, jitter 8 ms;
 * intermediate 72-78 bpm, 30/15/7 ms; novice 85-90 bpm, 17/10/6 ms (amplitudes are the sine's
 * peak; judgement calls within the ranges reported for healthy adults at rest and under stress).
 *
 * <p>Times are session nanoseconds relative to the rig's first sample. Not thread-safe.
 */
final class Heart {
    private final double baseRrMs;
    private final double rsaMs;
    private final double mayerMs;
    private final double jitterMs;
    private final double breathingHz;
    private final double mayerHz;
    private final double breathingPhase;
    private final double mayerPhase;
    private final SimRandom jitter;

    private long lastBeatNanos;
    private long nextBeatNanos;

    Heart(Skill skill, long seed) {
        SimRandom plan = SimRandom.stream(seed, "heart.plan");
        double heartRateBpm;
        switch (skill) {
            case EXPERT -> {
                heartRateBpm = plan.uniform(65, 70);
                rsaMs = 45;
                mayerMs = 20;
                jitterMs = 8;
            }
            case INTERMEDIATE -> {
                heartRateBpm = plan.uniform(72, 78);
                rsaMs = 30;
                mayerMs = 15;
                jitterMs = 7;
            }
            default -> {
                heartRateBpm = plan.uniform(85, 90);
                rsaMs = 17;
                mayerMs = 10;
                jitterMs = 6;
            }
        }
        this.baseRrMs = 60_000.0 / heartRateBpm;
        this.breathingHz = plan.uniform(14, 16) / 60.0;
        this.mayerHz = plan.uniform(0.09, 0.11);
        this.breathingPhase = plan.uniform(0, 2 * Math.PI);
        this.mayerPhase = plan.uniform(0, 2 * Math.PI);
        this.jitter = SimRandom.stream(seed, "heart.jitter");
        // The session starts somewhere within a beat; the first interval is reported at the second.
        this.lastBeatNanos = Math.round(plan.uniform(0, baseRrMs) * 1e6);
        this.nextBeatNanos = lastBeatNanos + rrNanosAt(lastBeatNanos);
    }

    /** Reports, in order, the interval of every beat at or before {@code nowNanos}. */
    void beatsUpTo(long nowNanos, Consumer<RrInterval> intervals) {
        while (nextBeatNanos <= nowNanos) {
            intervals.accept(new RrInterval(nextBeatNanos, (nextBeatNanos - lastBeatNanos) / 1e6));
            lastBeatNanos = nextBeatNanos;
            nextBeatNanos = lastBeatNanos + rrNanosAt(lastBeatNanos);
        }
    }

    /** The RR interval that starts at a beat at {@code beatNanos}, whole nanoseconds. */
    private long rrNanosAt(long beatNanos) {
        double t = beatNanos / 1e9;
        double rrMs = baseRrMs
                + rsaMs * StrictMath.sin(2 * Math.PI * breathingHz * t + breathingPhase)
                + mayerMs * StrictMath.sin(2 * Math.PI * mayerHz * t + mayerPhase)
                + jitterMs * jitter.nextGaussian();
        return Math.round(rrMs * 1e6);
    }
}
