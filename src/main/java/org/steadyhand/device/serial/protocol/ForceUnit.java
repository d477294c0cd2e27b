package org.steadyhand.device.serial.protocol;

/**
 * Force units gauges print, with the exact size of each in mN. The gravity-based units use standard
 * gravity g = 9.80665 m/s² (DOMAIN.md: 1 gf = 9.80665 mN); the pound is the international
 * avoirdupois pound, 0.45359237 kg exactly (NIST SP 811, appendix B), so 1 lbf = 4.4482216152605 N
 * and 1 ozf = 1/16 lbf.
 */
enum ForceUnit {
    MILLINEWTON(1),
    NEWTON(1_000),
    KILONEWTON(1_000_000),
    GRAM_FORCE(9.80665),
    KILOGRAM_FORCE(9_806.65),
    POUND_FORCE(4_448.2216152605),
    OUNCE_FORCE(4_448.2216152605 / 16);

    private final double milliNewtons;

    ForceUnit(double milliNewtons) {
        this.milliNewtons = milliNewtons;
    }

    /** The size of one of this unit in mN. */
    double milliNewtons() {
        return milliNewtons;
    }
}
