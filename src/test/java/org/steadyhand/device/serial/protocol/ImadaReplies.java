package org.steadyhand.device.serial.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Replies of an Imada DST/DS2 gauge to {@code D} (format in {@link ImadaProtocol}), good and bad,
 * for decoder tests and for emulating a gauge on a pty. Stateless.
 */
public final class ImadaReplies {
    private ImadaReplies() {}

    /** A reply, e.g. {@code reply("+123.4", 'N', 'T', 'O')} is {@code +123.4NTO} CR. */
    public static byte[] reply(String signedValue, char unit, char mode, char judgement) {
        return ascii(signedValue + unit + mode + judgement + "\r");
    }

    /** A real-time reading in newtons with two decimals, within the set points. */
    public static byte[] newtons(double newtons) {
        return ascii(String.format(Locale.ROOT, "%+.2f", newtons) + "NTO\r");
    }

    /** An overloaded gauge's reply: its value is not the force. */
    public static byte[] overload() {
        return reply("+500.0", 'N', 'T', 'E');
    }

    /** The gauge's answer to a command it cannot execute. */
    public static byte[] error() {
        return ascii("E\r");
    }

    /** What the gauge prints at power-up over USB. */
    public static byte[] started() {
        return ascii("Gauge Started.\r");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
