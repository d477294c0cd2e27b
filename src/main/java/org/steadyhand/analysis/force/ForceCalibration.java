package org.steadyhand.analysis.force;

import org.steadyhand.core.BadInputException;

/**
 * Turns a force sensor's raw readings into millinewtons: {@code (raw − zeroOffset) × scale}.
 *
 * <p>Invariant: both finite, scale non-zero (it may be negative: a sensor wired so that pressing
 * lowers the reading). Immutable.
 *
 * @param zeroOffset the raw reading with no load, in the sensor's raw units
 * @param scaleMilliNewtonsPerRawUnit millinewtons per raw unit above the zero offset
 */
public record ForceCalibration(double zeroOffset, double scaleMilliNewtonsPerRawUnit) {
    /** Standard gravity, mN per gram of mass (9.80665 m/s², the definition of the gram-force). */
    public static final double MILLI_NEWTONS_PER_GRAM = 9.80665;

    /**
     * Most a reading set's standard deviation may be, as a fraction of the loaded step (mean loaded
     * − mean unloaded): beyond 5% the sensor was still settling or the weight swinging, and the
     * scale would be off by about as much.
     */
    public static final double MAX_RELATIVE_SPREAD = 0.05;

    /** The identity for sensors that already report mN. */
    public static final ForceCalibration IDENTITY = new ForceCalibration(0.0, 1.0);

    public ForceCalibration {
        if (!Double.isFinite(zeroOffset)) {
            throw new IllegalArgumentException("'zeroOffset' must be finite, got " + zeroOffset);
        }
        if (!Double.isFinite(scaleMilliNewtonsPerRawUnit) || scaleMilliNewtonsPerRawUnit == 0) {
            throw new IllegalArgumentException(
                    "'scaleMilliNewtonsPerRawUnit' must be finite and non-zero, got " + scaleMilliNewtonsPerRawUnit);
        }
    }

    /** A raw reading in mN; NaN stays NaN. */
    public double apply(double raw) {
        return (raw - zeroOffset) * scaleMilliNewtonsPerRawUnit;
    }

    /**
     * Calibrates from readings taken with no load and with a known mass hanging on (or resting on)
     * the sensor: zero = mean of the unloaded readings, scale = the mass's weight in mN (mass ×
     * 9.80665 mN/g, standard gravity) / (mean loaded − zero).
     *
     * <p>Refuses readings that would give a wrong calibration: fewer than two readings in a set, a
     * non-finite reading, loaded equal to unloaded, or a set whose sample standard deviation exceeds
     * {@link #MAX_RELATIVE_SPREAD} of the loaded step.
     *
     * @param knownMassGrams the reference mass, g, finite and &gt; 0
     * @throws BadInputException with a plain sentence saying what was wrong and what to do
     */
    public static ForceCalibration fromKnownWeight(
            double[] unloadedReadings, double[] loadedReadings, double knownMassGrams) {
        if (!(knownMassGrams > 0) || Double.isInfinite(knownMassGrams)) {
            throw new BadInputException(
                    "the reference mass must be a finite number of grams > 0, got " + knownMassGrams);
        }
        requireReadings("unloaded", unloadedReadings);
        requireReadings("loaded", loadedReadings);
        double zero = mean(unloadedReadings);
        double step = mean(loadedReadings) - zero;
        if (step == 0) {
            throw new BadInputException(
                    "the loaded readings equal the unloaded ones (mean " + zero + "): is the weight on the sensor?");
        }
        double unloadedSpread = standardDeviation(unloadedReadings);
        double loadedSpread = standardDeviation(loadedReadings);
        double limit = MAX_RELATIVE_SPREAD * Math.abs(step);
        if (unloadedSpread > limit || loadedSpread > limit) {
            throw new BadInputException(String.format(
                    "the readings are unstable: standard deviation %.4g unloaded and %.4g loaded, but at most"
                            + " %.4g (5%% of the step %.4g) is allowed; let the sensor settle and the weight"
                            + " stop swinging, or use a heavier weight",
                    unloadedSpread, loadedSpread, limit, step));
        }
        return new ForceCalibration(zero, knownMassGrams * MILLI_NEWTONS_PER_GRAM / step);
    }

    private static void requireReadings(String which, double[] readings) {
        if (readings.length < 2) {
            throw new BadInputException(
                    "need at least 2 " + which + " readings to check they are stable, got " + readings.length);
        }
        for (int i = 0; i < readings.length; i++) {
            if (!Double.isFinite(readings[i])) {
                throw new BadInputException(which + " reading " + (i + 1) + " is not a number: " + readings[i]);
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n − 1). */
    private static double standardDeviation(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
