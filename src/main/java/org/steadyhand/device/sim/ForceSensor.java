package org.steadyhand.device.sim;

/**
 * The tip force sensor: turns the force a task calls for into what the sensor reads, in mN.
 *
 * <ul>
 *   <li>While the tip touches tissue, vertical tremor presses it in and lets it back at tremor
 *       frequency: tissue of about {@value #TISSUE_STIFFNESS_MN_PER_MM} mN/mm turns 20-75 um of
 *       tremor into a 0.1-0.4 mN ripple (a judgement call for membrane-like tissue).
 *   <li>Sensor noise of {@value #NOISE_MN} mN RMS, about what a strain-gauge tip sensor shows at
 *       rest.
 *   <li>A tip sensor reads push only, so the reading never goes below zero.
 * </ul>
 *
 * Not thread-safe.
 */
final class ForceSensor {
    static final double TISSUE_STIFFNESS_MN_PER_MM = 5.0;
    static final double NOISE_MN = 0.02;
    /** Below this intended force the tip only brushes the tissue and tremor couples in partly. */
    private static final double FULL_CONTACT_MN = 0.5;

    private final SimRandom random;

    ForceSensor(long seed) {
        this.random = SimRandom.stream(seed, "force.sensor");
    }

    /**
     * @param intendedMn force the task calls for, mN, &gt;= 0
     * @param tremorZMm vertical tremor of the tip now, mm (positive up, away from the tissue)
     */
    double read(double intendedMn, double tremorZMm) {
        double contact = Math.min(1.0, intendedMn / FULL_CONTACT_MN);
        double reading =
                intendedMn - TISSUE_STIFFNESS_MN_PER_MM * tremorZMm * contact + NOISE_MN * random.nextGaussian();
        return Math.max(0.0, reading);
    }
}
