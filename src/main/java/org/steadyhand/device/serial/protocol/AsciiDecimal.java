package org.steadyhand.device.serial.protocol;

/**
 * A reusable parser for the plain decimal numbers instruments print ({@code -18.78}, {@code +123.4},
 * {@code 4285}): optional sign, up to 18 digits, at most one decimal point, no exponent. It keeps
 * the digits as an integer and the number of fraction digits, so a reading scaled by an exact
 * factor (N to mN is 1000) is the correctly rounded double of the exact product.
 *
 * <p>Not thread-safe: one instance per decoder; no allocation per parse.
 */
final class AsciiDecimal {
    private static final double[] POWERS_OF_TEN = new double[19];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private long mantissa;
    private int fractionDigits;
    private boolean negative;

    /** Parses {@code bytes[from..to)}; false (and nothing usable) if it is not such a number. */
    boolean parse(byte[] bytes, int from, int to) {
        int i = from;
        negative = false;
        if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
            negative = bytes[i] == '-';
            i++;
        }
        long digitsValue = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        for (; i < to; i++) {
            int c = bytes[i];
            if (c >= '0' && c <= '9') {
                if (digits == 18) {
                    return false;
                }
                digitsValue = digitsValue * 10 + (c - '0');
                digits++;
                if (point) {
                    fraction++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        mantissa = digitsValue;
        fractionDigits = fraction;
        return digits > 0;
    }

    /** The parsed number times {@code factor}, e.g. a reading in N times 1000 for mN. */
    double times(double factor) {
        double value = mantissa * factor / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    /** The parsed number. */
    double value() {
        return times(1);
    }
}
