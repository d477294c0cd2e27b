package org.steadyhand.device.sim;

/**
 * The forceps task: repeated cycles of approach, grasp, peel, hold, release and rest.
 *
 * <ul>
 *   <li>approach (1-2 s): the tip descends {@value #LIFT_MM} mm onto the membrane, no force;
 *   <li>grasp (0.4-0.6 s): the jaws close, force ramps up to a grip of 1.5-2.5 mN;
 *   <li>peel (2.5-4 s): the tip pulls 0.8-1.5 mm away from the trainee (+y) and tension rises,
 *       faster towards the end, to the cycle's peak;
 *   <li>hold (0.3-1 s): the tip stays while the membrane yields, tension at the peak;
 *   <li>release (0.2-0.4 s): the force drops to zero;
 *   <li>rest (1-2 s): the tip lifts and returns.
 * </ul>
 *
 * <p>Peak force per cycle (DOMAIN.md: 75% of retinal manipulation forces are below 7.5 mN, alarm
 * systems warn at 9 mN): experts stay at 4.2-5.8 mN; intermediates peak around 6.3 mN and
 * sometimes pass the 7.5 mN caution; novices peak around 8.3 mN, so most cycles pass the caution
 * and about a quarter pass the 9 mN danger threshold. While the jaws hold tissue, force also
 * wanders (0.15, 0.3, 0.5 mN RMS by skill). Not thread-safe.
 */
final class GraspAndPeel implements SurgicalScript {
    static final double LIFT_MM = 0.5;

    private final Skill skill;
    private final double sampleRateHz;
    private final SimRandom random;
    private final LowPassNoise wobble;

    private Cycle cycle;
    private long n;
    private double y;
    private double z;
    private double force;

    /** One grasp-and-peel cycle: phase lengths in samples, forces in mN, distance in mm. */
    private record Cycle(
            long approach,
            long grasp,
            long peel,
            long hold,
            long release,
            long rest,
            double gripMn,
            double peakMn,
            double peelMm) {
        long total() {
            return approach + grasp + peel + hold + release + rest;
        }
    }

    GraspAndPeel(Skill skill, double sampleRateHz, long seed) {
        this.skill = skill;
        this.sampleRateHz = sampleRateHz;
        this.random = SimRandom.stream(seed, "forceps.cycles");
        double wobbleMn = switch (skill) {
            case EXPERT -> 0.15;
            case INTERMEDIATE -> 0.30;
            case NOVICE -> 0.50;
        };
        this.wobble = new LowPassNoise(1.5, wobbleMn, sampleRateHz, SimRandom.stream(seed, "forceps.wobble"));
    }

    private Cycle plan() {
        double peak = switch (skill) {
            case EXPERT -> random.uniform(4.2, 5.8);
            case INTERMEDIATE -> clamp(random.gaussian(6.3, 0.8), 4.0, 9.5);
            case NOVICE -> clamp(random.gaussian(8.3, 1.2), 5.5, 12.0);
        };
        return new Cycle(
                samples(random.uniform(1.0, 2.0)),
                samples(random.uniform(0.4, 0.6)),
                samples(random.uniform(2.5, 4.0)),
                samples(random.uniform(0.3, 1.0)),
                samples(random.uniform(0.2, 0.4)),
                samples(random.uniform(1.0, 2.0)),
                random.uniform(1.5, 2.5),
                peak,
                random.uniform(0.8, 1.5));
    }

    @Override
    public void advance() {
        if (cycle == null || n >= cycle.total()) {
            cycle = plan();
            n = 0;
        }
        double wander = wobble.next();
        double intended = act(n, cycle);
        // Tension wanders only while the jaws hold tissue, in proportion to how firmly.
        double holding = Math.min(1.0, intended / cycle.gripMn());
        force = Math.max(0.0, intended + wander * holding);
        n++;
    }

    /**
     * Sets the tip position for sample {@code t} of the cycle and returns the intended force, mN.
     * The phases follow each other in the order of the class comment.
     */
    private double act(long t, Cycle c) {
        if (t < c.approach()) {
            y = 0;
            z = LIFT_MM * (1 - SurgicalScript.rise((double) t / c.approach()));
            return 0;
        }
        t -= c.approach();
        if (t < c.grasp()) {
            y = 0;
            z = 0;
            return c.gripMn() * SurgicalScript.rise((double) t / c.grasp());
        }
        t -= c.grasp();
        if (t < c.peel()) {
            double u = (double) t / c.peel();
            y = c.peelMm() * SurgicalScript.rise(u);
            z = 0;
            return c.gripMn() + (c.peakMn() - c.gripMn()) * StrictMath.pow(u, 1.5);
        }
        t -= c.peel();
        y = c.peelMm();
        z = 0;
        if (t < c.hold()) {
            return c.peakMn();
        }
        t -= c.hold();
        if (t < c.release()) {
            return c.peakMn() * (1 - SurgicalScript.rise((double) t / c.release()));
        }
        t -= c.release();
        double u = (double) t / c.rest();
        y = c.peelMm() * (1 - SurgicalScript.rise(u));
        z = LIFT_MM * SurgicalScript.rise(u);
        return 0;
    }

    private long samples(double seconds) {
        return Math.max(1, Math.round(seconds * sampleRateHz));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    @Override
    public double x() {
        return 0;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public double z() {
        return z;
    }

    @Override
    public double forceMn() {
        return force;
    }
}
