package org.steadyhand.core;

/**
 * Units of the values carried by channels and events. Everything downstream of a device adapter
 * sees values in these SI-based units; the symbol is what JSON keys, CSV headers and the UI show.
 */
public enum Unit {
    MILLIMETRE("mm"),
    MICROMETRE("um"),
    MILLINEWTON("mN"),
    DEGREE("deg"),
    METRE_PER_SECOND_SQUARED("m/s2"),
    RADIAN_PER_SECOND("rad/s"),
    MILLISECOND("ms"),
    BEAT_PER_MINUTE("bpm"),
    PERCENT("%"),
    /** A dimensionless value scaled to 0..1 (pedal travel, uncalibrated pressure), or −1..1 (a centred joystick axis). */
    NORMALISED("1");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** The short symbol, e.g. {@code mN}; stable, used in stored data and exports. */
    public String symbol() {
        return symbol;
    }

    /** Looks a unit up by its {@link #symbol()}, as read back from storage or a file. */
    public static Unit fromSymbol(String symbol) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit symbol '" + symbol + "'");
    }
}
