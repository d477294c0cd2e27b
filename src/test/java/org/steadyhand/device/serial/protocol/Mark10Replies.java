package org.steadyhand.device.serial.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Replies of a Mark-10 gauge to {@code ?} (format in {@link Mark10Protocol}), good and bad, for
 * decoder tests and for emulating a gauge on a pty. Stateless.
 */
public final class Mark10Replies {
    private Mark10Replies() {}

    /** A reply as the gauge prints it, e.g. {@code reply("4.285", "N")} is {@code 4.285 N} CR LF. */
    public static byte[] reply(String value, String unit) {
        return ascii(value + " " + unit + "\r\n");
    }

    /** A reply in newtons with three decimals, as a 50 N gauge prints it. */
    public static byte[] newtons(double newtons) {
        return reply(String.format(Locale.ROOT, "%.3f", newtons), "N");
    }

    /** A reply with the unit switched off in the gauge's data format: its unit is unknown. */
    public static byte[] withoutUnit(String value) {
        return ascii(value + "\r\n");
    }

    /** A torque gauge's reply, in a unit that is not a force. */
    public static byte[] torque(String value) {
        return reply(value, "Nm");
    }

    /** The gauge's answer to a command it does not know. */
    public static byte[] illegalCommand() {
        return ascii("*10\r\n");
    }

    /** A line of {@code length} digits with no terminator yet, then CR LF. */
    public static byte[] overlong(int length) {
        return ascii("1".repeat(length) + "\r\n");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
