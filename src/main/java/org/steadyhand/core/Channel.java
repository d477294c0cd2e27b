package org.steadyhand.core;

import java.util.regex.Pattern;

/**
 * A named stream of samples in one unit, e.g. {@code tip_force} in mN at 1000 Hz. The nominal rate
 * is what the device promises; the real sample times travel with each {@link SampleBlock}.
 *
 * @param name lower-case identifier ({@code [a-z][a-z0-9_]*}), unique within a session
 * @param unit unit of every value in the channel
 * @param nominalRateHz promised sample rate, &gt; 0
 */
public record Channel(String name, Unit unit, double nominalRateHz) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public Channel {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "channel name '" + name + "' must be lower case letters, digits and '_', starting with a letter");
        }
        if (unit == null) {
            throw new IllegalArgumentException("channel '" + name + "' needs a unit");
        }
        if (!(nominalRateHz > 0) || Double.isInfinite(nominalRateHz)) {
            throw new IllegalArgumentException(
                    "channel '" + name + "': nominal rate must be > 0 Hz, got " + nominalRateHz);
        }
    }

    /** Nominal time between samples in nanoseconds. */
    public double nominalPeriodNanos() {
        return 1e9 / nominalRateHz;
    }
}
