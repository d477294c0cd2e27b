package org.steadyhand.device.sim;

/**
 * The capsulorhexis task: trace a circle of radius {@value #RADIUS_MM} mm round the origin,
 * anticlockwise, with light continuous force on the capsule.
 *
 * <p>One lap takes 15-17 s for an expert, 18-21 s for an intermediate and 22-25 s for a novice
 * (drawn per seed). The speed along the path varies slowly (5%, 10%, 20% RMS by skill) and the
 * radius deviates from the intended circle (0.03, 0.08, 0.2 mm RMS), on top of the hand's drift.
 * Force is 2.6-3.4 mN (per seed) wandering by 0.2, 0.35 or 0.5 mN RMS, ramped in over the first
 * half second of contact: light, within the range that cannot be felt (DOMAIN.md: 75% of retinal
 * forces are below 7.5 mN). Judgement calls, tuned to look like the reference simulator's traces.
 */
final class CircleTrace implements SurgicalScript {
    static final double RADIUS_MM = 2.5;

    private final double radiansPerSample;
    private final LowPassNoise speedVariation;
    private final LowPassNoise radialDeviation;
    private final LowPassNoise forceVariation;
    private final double baseForceMn;
    private final long contactRampSamples;
    private double phase;
    private long n;
    private double x;
    private double y;
    private double force;

    CircleTrace(Skill skill, double sampleRateHz, long seed) {
        SimRandom random = SimRandom.stream(seed, "circle.plan");
        double periodS;
        double speedFraction;
        double radialMm;
        double forceRmsMn;
        switch (skill) {
            case EXPERT -> {
                periodS = random.uniform(15, 17);
                speedFraction = 0.05;
                radialMm = 0.03;
                forceRmsMn = 0.20;
            }
            case INTERMEDIATE -> {
                periodS = random.uniform(18, 21);
                speedFraction = 0.10;
                radialMm = 0.08;
                forceRmsMn = 0.35;
            }
            default -> {
                periodS = random.uniform(22, 25);
                speedFraction = 0.20;
                radialMm = 0.20;
                forceRmsMn = 0.50;
            }
        }
        this.radiansPerSample = 2 * Math.PI / (periodS * sampleRateHz);
        this.baseForceMn = random.uniform(2.6, 3.4);
        this.contactRampSamples = Math.round(0.5 * sampleRateHz);
        this.speedVariation =
                new LowPassNoise(0.3, speedFraction, sampleRateHz, SimRandom.stream(seed, "circle.speed"));
        this.radialDeviation = new LowPassNoise(0.3, radialMm, sampleRateHz, SimRandom.stream(seed, "circle.radius"));
        this.forceVariation = new LowPassNoise(0.5, forceRmsMn, sampleRateHz, SimRandom.stream(seed, "circle.force"));
    }

    @Override
    public void advance() {
        // Speed never reverses: the trainee may slow down but does not trace backwards.
        phase += radiansPerSample * Math.max(0.0, 1.0 + speedVariation.next());
        if (phase >= 2 * Math.PI) {
            phase -= 2 * Math.PI;
        }
        double radius = RADIUS_MM + radialDeviation.next();
        x = radius * StrictMath.cos(phase);
        y = radius * StrictMath.sin(phase);
        double contact = SurgicalScript.rise((double) n / contactRampSamples);
        force = Math.max(0.0, (baseForceMn + forceVariation.next()) * contact);
        n++;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public double z() {
        return 0;
    }

    @Override
    public double forceMn() {
        return force;
    }
}
