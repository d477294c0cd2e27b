package org.steadyhand.device.hid.mapping;

import java.util.List;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.Unit;

/**
 * Vendor mapping for early Wacom USB tablets whose pen data come in report 2 as vendor-defined
 * bytes (usage page 0xFF00), e.g. the FT-0203 of the PenPartner recording (USB 056A:0061). The
 * byte layout is the one the Linux kernel's wacom driver reads for these tablets
 * ({@code wacom_graphire_irq}, drivers/input/tablet/wacom_wac.c; reference only):
 *
 * <pre>
 * byte 0  report ID 2
 * byte 1  bit 7 in proximity; bits 5-6 tool (0 pen, 1 eraser, 2-3 mouse); bit 0 tip touching;
 *         bits 1, 2 side buttons
 * byte 2-3  X, little-endian      byte 4-5  Y, little-endian
 * byte 6    pressure, low 8 bits  byte 7 bit 0  pressure bit 8
 * </pre>
 *
 * The recording's bytes fit this layout (flags 0x90 hovering, 0x91 touching; X 1077..1912, Y
 * 512..1465), not {@code wacom_penpartner_irq}'s (X in bytes 1-2), which the kernel uses only for
 * product 0x0000. Size and pressure range from the kernel's {@code wacom_features_0x61} entry:
 * 3250 × 2320 counts at {@code WACOM_VOLITO_RES} = 50 counts/mm (65.0 × 46.4 mm), pressure
 * 0..255. Other reports (1 boot mouse, 0x63 idle) carry no pen values and are not rejected.
 *
 * <p>Position, pressure and tip switch are given only in proximity. Not thread-safe (stateless
 * in fact, but the {@link ReportMapper} contract does not promise it).
 */
public final class WacomGraphirePen implements ReportMapper {
    /** Counts per millimetre ({@code WACOM_VOLITO_RES} in the kernel's wacom_wac.c). */
    static final double COUNTS_PER_MILLIMETRE = 50;
    /** Full-scale pressure of product 0x0061 ({@code wacom_features_0x61}). */
    static final double PRESSURE_MAX = 255;

    private static final int PEN_REPORT = 2;
    private final List<Channel> channels;
    private String rejection = "";

    public WacomGraphirePen(double nominalRateHz) {
        channels = List.of(
                new Channel(ChannelNames.TIP_X, Unit.MILLIMETRE, nominalRateHz),
                new Channel(ChannelNames.TIP_Y, Unit.MILLIMETRE, nominalRateHz),
                new Channel(ChannelNaming.TIP_PRESSURE, Unit.NORMALISED, nominalRateHz),
                new Channel(ChannelNaming.IN_RANGE, Unit.NORMALISED, nominalRateHz),
                new Channel(ChannelNaming.TIP_SWITCH, Unit.NORMALISED, nominalRateHz));
    }

    /** Whether this mapping applies to a device. */
    public static boolean handles(int vendorId, int productId) {
        return vendorId == 0x056A && productId == 0x0061;
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public boolean map(byte[] report, int length, double[] out) {
        java.util.Arrays.fill(out, 0, channels.size(), Double.NaN);
        if (length < 1 || report == null || length > report.length) {
            rejection = "empty report";
            return false;
        }
        if ((report[0] & 0xFF) != PEN_REPORT) {
            return true;
        }
        if (length != 8) {
            rejection = "Wacom pen report must be 8 bytes, got " + length;
            return false;
        }
        int flags = report[1] & 0xFF;
        boolean inProximity = (flags & 0x80) != 0;
        boolean pen = ((flags >> 5) & 3) <= 1;
        out[3] = inProximity ? 1 : 0;
        if (inProximity && pen) {
            out[0] = ((report[2] & 0xFF) | (report[3] & 0xFF) << 8) / COUNTS_PER_MILLIMETRE;
            out[1] = ((report[4] & 0xFF) | (report[5] & 0xFF) << 8) / COUNTS_PER_MILLIMETRE;
            out[2] = ((report[6] & 0xFF) | (report[7] & 0x01) << 8) / PRESSURE_MAX;
            out[4] = flags & 0x01;
        }
        return true;
    }

    @Override
    public String rejection() {
        return rejection;
    }

    @Override
    public String description() {
        return "Wacom vendor pen report 2 (kernel wacom_graphire_irq layout), 65.0 x 46.4 mm, pressure 0..255";
    }
}
