package org.steadyhand.analysis.force;

/**
 * The force levels that classify an instrument-tip force on the retina, in millinewtons.
 *
 * <p>Defaults (DOMAIN.md, "Instrument force (retina)"): caution from 7.5 mN, because 75% of retinal
 * manipulation forces are below 7.5 mN and most of those cannot be felt (PMC4276342); danger from
 * 9 mN, where force-feedback systems alarm (PMC3597188).
 *
 * <p>The contact threshold, default 0.5 mN, is our judgement, not a published number: it says when
 * the instrument counts as touching tissue. It sits well above the noise floor of a zeroed force
 * gauge or sensor (a few hundredths of a mN to about 0.1 mN) and well below the 7.5 mN that most
 * deliberate retinal manipulation stays under, so brief grazes count as contact but sensor drift
 * does not. Change it per rig if the sensor is noisier.
 *
 * <p>Invariant: all finite and positive, contact &lt; caution &lt; danger.
 *
 * @param cautionMilliNewtons from this force on, the level is caution
 * @param dangerMilliNewtons from this force on, the level is danger
 * @param contactMilliNewtons from this force on, the instrument touches tissue
 */
public record ForceThresholds(double cautionMilliNewtons, double dangerMilliNewtons, double contactMilliNewtons) {
    /** Caution default, mN (PMC4276342, see the class comment). */
    public static final double DEFAULT_CAUTION_MILLI_NEWTONS = 7.5;
    /** Danger default, mN (PMC3597188, see the class comment). */
    public static final double DEFAULT_DANGER_MILLI_NEWTONS = 9.0;
    /** Contact default, mN (a judgement call, see the class comment). */
    public static final double DEFAULT_CONTACT_MILLI_NEWTONS = 0.5;

    /** The defaults: caution 7.5 mN, danger 9 mN, contact 0.5 mN. */
    public static final ForceThresholds DEFAULTS = new ForceThresholds(
            DEFAULT_CAUTION_MILLI_NEWTONS, DEFAULT_DANGER_MILLI_NEWTONS, DEFAULT_CONTACT_MILLI_NEWTONS);

    public ForceThresholds {
        requirePositive("cautionMilliNewtons", cautionMilliNewtons);
        requirePositive("dangerMilliNewtons", dangerMilliNewtons);
        requirePositive("contactMilliNewtons", contactMilliNewtons);
        if (!(cautionMilliNewtons < dangerMilliNewtons)) {
            throw new IllegalArgumentException("the caution threshold (" + cautionMilliNewtons
                    + " mN) must be below the danger threshold (" + dangerMilliNewtons + " mN)");
        }
        if (!(contactMilliNewtons < cautionMilliNewtons)) {
            throw new IllegalArgumentException("the contact threshold (" + contactMilliNewtons
                    + " mN) must be below the caution threshold (" + cautionMilliNewtons + " mN)");
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + name + "' must be a finite force > 0 mN, got " + value);
        }
    }

    /** The level of a force: at or above danger is danger, at or above caution is caution. */
    public RiskLevel levelOf(double forceMilliNewtons) {
        return RiskLevel.of(forceMilliNewtons, this);
    }
}
