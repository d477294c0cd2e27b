package org.steadyhand.device.serial.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lines a freETarget prints (format in {@link FreeTargetProtocol}), written as its firmware writes
 * them, trailing commas included, for decoder tests and for emulating a target on a pty. Stateless.
 */
public final class FreeTargetLines {
    private FreeTargetLines() {}

    /** A scored shot with x, y and the polar form, as {@code send_score} prints it. */
    public static byte[] shot(int shot, double xMm, double yMm) {
        double radius = Math.hypot(xMm, yMm);
        double angle = Math.toDegrees(Math.atan2(yMm, xMm));
        return ascii(String.format(
                Locale.ROOT,
                "\r\n{\"shot\":%d, \"miss\":0, \"name\":\"TARGET\", \"time\":12, \"x\":%.2f, \"y\":%.2f, "
                        + " \"r\":%.2f, \"a\":%.2f, }\r\n",
                shot,
                xMm,
                yMm,
                radius,
                angle));
    }

    /** A shot from firmware built with only the polar form ({@code S_POLAR}, no {@code S_XY}). */
    public static byte[] polarShot(int shot, double radiusMm, double angleDegrees) {
        return ascii(String.format(
                Locale.ROOT, "{\"shot\":%d, \"miss\":0,  \"r\":%.2f, \"a\":%.2f, }\r\n", shot, radiusMm, angleDegrees));
    }

    /** A shot with the counter debug fields ({@code S_COUNTERS}), stray quote and all. */
    public static byte[] shotWithCounters(int shot, double xMm, double yMm) {
        return ascii(String.format(
                Locale.ROOT,
                "{\"shot\":%d, \"x\":%.2f, \"y\":%.2f, \", \"N\":812, \"E\":640, \"S\":701, \"W\":733, }\r\n",
                shot,
                xMm,
                yMm));
    }

    /** A miss, as {@code send_miss} prints it (LF CR in 3.x firmware). */
    public static byte[] miss(int shot) {
        return ascii(String.format(
                Locale.ROOT,
                "\r\n{\"shot\":%d, \"miss\":1, \"name\":\"TARGET\", \"time\":7, \"x\":0, \"y\":0}\n\r",
                shot));
    }

    /** A sensor fault report, not a shot. */
    public static byte[] fault(String sensor) {
        return ascii("\r\n{ \"Fault\": \"" + sensor + "\" }\r\n");
    }

    /** A trace line of the firmware's diagnostic mode, not a shot. */
    public static byte[] trace(String text) {
        return ascii("\r\n" + text + "\r\n");
    }

    /** A shot line whose position the firmware could not print. */
    public static byte[] shotWithoutPosition(int shot) {
        return ascii(String.format(Locale.ROOT, "{\"shot\":%d, \"miss\":0, \"x\":ovf, \"y\":ovf, }\r\n", shot));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
