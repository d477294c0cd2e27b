package org.steadyhand.ui.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round tick values for plot axes (steps of 1, 2 or 5 times a power of ten) and the texts of time
 * ticks. Pure functions.
 */
final class AxisTicks {
    private AxisTicks() {}

    /** The smallest step of 1, 2 or 5 x 10^n giving at most {@code maxTicks} ticks over the span. */
    static double step(double span, int maxTicks) {
        if (!(span > 0) || maxTicks < 1) {
            return 1;
        }
        double raw = span / maxTicks;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= raw * (1 - 1e-9)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    /** Multiples of {@code step} inside [from, to]. */
    static List<Double> ticks(double from, double to, double step) {
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(from / step) * step; t <= to + step * 1e-9 && ticks.size() < 1000; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A value without trailing zeros, e.g. {@code 2.5}, {@code 10}, {@code -0.05}. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .round(new java.math.MathContext(6))
                .stripTrailingZeros()
                .toPlainString()
                .replace('-', '−');
    }

    /**
     * A time for a label: {@code 12.35 s} below 10 s, {@code 39.9 s} below a minute, {@code 2:05.4}
     * (m:ss.s) below an hour, {@code 1:02:05} past it.
     */
    static String clock(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long tenths = Math.round(seconds * 10);
        long whole = tenths / 10;
        return whole >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d.%d", whole / 60, whole % 60, tenths % 10);
    }

    /**
     * Session time for an axis: {@code 12.5 s} below a minute, {@code 2:05} (m:ss) or
     * {@code 2:05.5} when the step needs tenths, {@code 1:02:05} past an hour.
     */
    static String time(double seconds, double stepSeconds) {
        if (seconds < 60 && stepSeconds < 60) {
            return number(Math.round(seconds * 1000) / 1000.0) + " s";
        }
        long whole = (long) Math.floor(seconds + 1e-9);
        String base = whole >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
        if (stepSeconds < 1) {
            return base + String.format(Locale.ROOT, ".%d", (int) Math.round((seconds - whole) * 10) % 10);
        }
        return base;
    }
}
