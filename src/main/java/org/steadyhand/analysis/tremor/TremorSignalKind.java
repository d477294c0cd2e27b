package org.steadyhand.analysis.tremor;

import org.steadyhand.core.Unit;

/**
 * What a tremor input measures, which decides how its spectrum becomes a displacement spectrum of
 * the instrument tip (see {@link DisplacementSpectrum}). Follows from the input's unit.
 */
public enum TremorSignalKind {
    /** Tip position, mm or µm: used directly. */
    POSITION,
    /** Linear acceleration, m/s²: displacement PSD = acceleration PSD / (2πf)⁴. */
    ACCELERATION,
    /** Angular rate, rad/s: angle PSD = rate PSD / (2πf)², times the lever arm squared. */
    ANGULAR_RATE;

    /**
     * The kind measured in {@code unit}.
     *
     * @throws IllegalArgumentException for a unit that is not a position, acceleration or rate
     */
    public static TremorSignalKind of(Unit unit) {
        return switch (unit) {
            case MILLIMETRE, MICROMETRE -> POSITION;
            case METRE_PER_SECOND_SQUARED -> ACCELERATION;
            case RADIAN_PER_SECOND -> ANGULAR_RATE;
            default ->
                throw new IllegalArgumentException("unit '" + unit.symbol()
                        + "' is not a tremor signal; use mm or um (position), m/s2 (acceleration) or rad/s"
                        + " (angular rate)");
        };
    }
}
