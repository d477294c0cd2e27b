package org.steadyhand.device.hid.descriptor;

import java.util.OptionalDouble;

/**
 * A HID Unit item (HID 1.11 §6.2.2.7): seven 4-bit signed exponents of base quantities after a
 * 4-bit system nibble. Nibble 0 is the system (1 SI linear, 2 SI rotation, 3 English linear, 4
 * English rotation), then length, mass, time, temperature, current, luminous intensity. The base
 * units are cm, g, s, K, A, cd in the SI systems, in, slug, s, °F, A, cd in the English ones; the
 * length nibble is an angle (rad or deg) in the rotation systems. Immutable.
 *
 * @param code the unit item's data, unsigned 32 bits ({@code 0} = no unit)
 */
public record HidUnit(long code) {
    public static final HidUnit NONE = new HidUnit(0);

    private static final String[][] BASE = {
        {"", "", "", "", "", "", ""},
        {"", "cm", "g", "s", "K", "A", "cd"},
        {"", "rad", "g", "s", "K", "A", "cd"},
        {"", "in", "slug", "s", "F", "A", "cd"},
        {"", "deg", "slug", "s", "F", "A", "cd"},
    };

    public HidUnit {
        if (code < 0 || code > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("unit code must be 32 bits unsigned, got " + code);
        }
    }

    /** 1 SI linear, 2 SI rotation, 3 English linear, 4 English rotation; 0 none; other values vendor. */
    public int system() {
        return (int) (code & 0xF);
    }

    /** Exponent of base quantity {@code index} (1 length/angle .. 6 luminous intensity), −8..7. */
    public int exponent(int index) {
        int nibble = (int) ((code >>> (4 * index)) & 0xF);
        return nibble >= 8 ? nibble - 16 : nibble;
    }

    public boolean isNone() {
        return system() == 0 || system() > 4 || (code & 0xFFFF_FFF0L) == 0;
    }

    /** A readable symbol such as {@code cm}, {@code deg}, {@code cm/s^2}, {@code deg/s}; empty for none. */
    public String symbol() {
        if (isNone()) {
            return code == 0 ? "" : String.format("unit 0x%X", code);
        }
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            int e = exponent(i);
            if (e != 0) {
                StringBuilder target = e > 0 ? up : down;
                target.append(target.isEmpty() ? "" : "*").append(BASE[system()][i]);
                target.append(Math.abs(e) == 1 ? "" : "^" + Math.abs(e));
            }
        }
        return (up.isEmpty() ? "1" : up) + (down.isEmpty() ? "" : "/" + down);
    }

    /** True for a pure length (length exponent 1, nothing else), in cm or inch. */
    public boolean isLength() {
        return (system() == 1 || system() == 3) && onlyNibble(1, 1);
    }

    /** True for a pure angle (rotation systems, angle exponent 1). */
    public boolean isAngle() {
        return (system() == 2 || system() == 4) && onlyNibble(1, 1);
    }

    /** True for length / time² (acceleration). */
    public boolean isAcceleration() {
        return (system() == 1 || system() == 3) && (code & ~0xF0F0L) == 0 && exponent(1) == 1 && exponent(3) == -2;
    }

    /** True for angle / time (angular rate). */
    public boolean isAngularRate() {
        return (system() == 2 || system() == 4) && (code & ~0xF0F0L) == 0 && exponent(1) == 1 && exponent(3) == -1;
    }

    /** Millimetres per unit of length (10 for cm, 25.4 for inch), or empty if not a length. */
    public OptionalDouble millimetresPerLengthUnit() {
        if (system() == 1 || system() == 3) {
            return OptionalDouble.of(system() == 1 ? 10.0 : 25.4);
        }
        return OptionalDouble.empty();
    }

    /** Degrees per angle unit (180/π for rad, 1 for deg), or empty if not a rotation system. */
    public OptionalDouble degreesPerAngleUnit() {
        if (system() == 2 || system() == 4) {
            return OptionalDouble.of(system() == 2 ? 180.0 / Math.PI : 1.0);
        }
        return OptionalDouble.empty();
    }

    private boolean onlyNibble(int index, int exponent) {
        long others = code & ~(0xFL | (0xFL << (4 * index)));
        return others == 0 && exponent(index) == exponent;
    }
}
