package org.steadyhand.device.sim;

/**
 * The anti-tremor task: hold the tip still at the target point (the origin) without touching
 * tissue. The force stays at zero except for occasional accidental contacts, a brief bump of a
 * few mN, which novices make about twice a minute, intermediates about once in two minutes and
 * experts not at all (a judgement call; DOMAIN.md: most retinal forces below 7.5 mN cannot be
 * felt, so a brush against tissue goes unnoticed by the trainee).
 */
final class HoldStill implements SurgicalScript {
    private final SimRandom random;
    private final double sampleRateHz;
    /** Mean samples between contacts; infinite when this trainee never touches tissue. */
    private final double meanGapSamples;

    private final double maxPeakMn;
    private double untilContact;
    private long contactLength;
    private long inContact = -1;
    private double contactPeakMn;
    private double force;

    HoldStill(Skill skill, double sampleRateHz, long seed) {
        this.random = SimRandom.stream(seed, "hold.contacts");
        this.sampleRateHz = sampleRateHz;
        double perMinute = switch (skill) {
            case EXPERT -> 0.0;
            case INTERMEDIATE -> 0.5;
            case NOVICE -> 2.0;
        };
        this.maxPeakMn = skill == Skill.NOVICE ? 3.0 : 1.5;
        this.meanGapSamples = perMinute > 0 ? 60.0 * sampleRateHz / perMinute : Double.POSITIVE_INFINITY;
        this.untilContact = nextGap();
    }

    private double nextGap() {
        return Double.isInfinite(meanGapSamples) ? meanGapSamples : random.exponential(meanGapSamples);
    }

    @Override
    public void advance() {
        if (inContact < 0) {
            untilContact -= 1;
            if (untilContact <= 0) {
                inContact = 0;
                contactLength = Math.round(random.uniform(0.3, 0.8) * sampleRateHz);
                contactPeakMn = random.uniform(0.5, maxPeakMn);
            }
        }
        if (inContact >= 0) {
            double u = (double) inContact / contactLength;
            double s = StrictMath.sin(Math.PI * u);
            force = contactPeakMn * s * s;
            inContact++;
            if (inContact >= contactLength) {
                inContact = -1;
                untilContact = nextGap();
            }
        } else {
            force = 0;
        }
    }

    @Override
    public double x() {
        return 0;
    }

    @Override
    public double y() {
        return 0;
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
