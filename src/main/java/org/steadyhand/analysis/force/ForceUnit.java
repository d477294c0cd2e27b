package org.steadyhand.analysis.force;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.steadyhand.core.BadInputException;

/**
 * Units a force reading may arrive in, with the exact factor to millinewtons, the unit everything
 * downstream stores and analyses (DOMAIN.md: "Store mN; show gf where the user asks").
 *
 * <p>1 gf = 9.80665 mN exactly: the gram-force is defined with standard gravity, 9.80665 m/s²
 * (DOMAIN.md, "Instrument force").
 */
public enum ForceUnit {
    MILLINEWTON("mN", 1.0),
    /** Gram-force, defined with standard gravity (see the class comment). */
    GRAM_FORCE("gf", 9.80665),
    NEWTON("N", 1000.0);

    private final String symbol;
    private final double milliNewtonsPerUnit;

    ForceUnit(String symbol, double milliNewtonsPerUnit) {
        this.symbol = symbol;
        this.milliNewtonsPerUnit = milliNewtonsPerUnit;
    }

    /** The symbol users type and files name: {@code mN}, {@code gf}, {@code N}. */
    public String symbol() {
        return symbol;
    }

    /** How many millinewtons one of this unit is. */
    public double milliNewtonsPerUnit() {
        return milliNewtonsPerUnit;
    }

    /** A value in this unit as millinewtons; NaN stays NaN. */
    public double toMilliNewtons(double value) {
        return value * milliNewtonsPerUnit;
    }

    /** Millinewtons in this unit (for showing gf where the user asks). */
    public double fromMilliNewtons(double milliNewtons) {
        return milliNewtons / milliNewtonsPerUnit;
    }

    /**
     * The unit with this symbol, case-sensitive because {@code mN} and {@code MN} differ by nine
     * orders of magnitude.
     *
     * @throws BadInputException naming the valid symbols
     */
    public static ForceUnit parse(String symbol) {
        for (ForceUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new BadInputException("unknown force unit '" + symbol + "'; valid units: " + validSymbols());
    }

    /** The valid symbols, comma-separated, for help texts and messages. */
    public static String validSymbols() {
        return Arrays.stream(values()).map(ForceUnit::symbol).collect(Collectors.joining(", "));
    }
}
