package org.steadyhand.ui.rig;

import org.steadyhand.analysis.force.ForceThresholds;

/**
 * How close the instrument-tip force is to hurting the retina, for colouring the live display.
 *
 * <p>Thresholds (DOMAIN.md): 75% of retinal manipulation forces are below 7.5 mN and most of those
 * cannot be felt (PMC4276342), hence caution from 7.5 mN; feedback systems alarm at 9 mN
 * (PMC3597188), hence danger from 9 mN.
 */
public enum ForceLevel {
    /** No force signal, or nothing to report. */
    NONE,
    SAFE,
    CAUTION,
    DANGER;

    /** Default caution threshold, mN: the force analysis' default (see the class comment). */
    public static final double CAUTION_MN = ForceThresholds.DEFAULT_CAUTION_MILLI_NEWTONS;
    /** Default danger threshold, mN: the force analysis' default (see the class comment). */
    public static final double DANGER_MN = ForceThresholds.DEFAULT_DANGER_MILLI_NEWTONS;

    /** The level of a force in mN; NaN (no signal) is {@link #NONE}. */
    public static ForceLevel of(double forceMilliNewtons) {
        if (Double.isNaN(forceMilliNewtons)) {
            return NONE;
        }
        if (forceMilliNewtons >= DANGER_MN) {
            return DANGER;
        }
        return forceMilliNewtons >= CAUTION_MN ? CAUTION : SAFE;
    }
}
