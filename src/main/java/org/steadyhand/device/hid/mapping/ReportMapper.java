package org.steadyhand.device.hid.mapping;

import java.util.List;
import org.steadyhand.core.Channel;

/**
 * Turns one device's raw input reports into channel values. Either the descriptor-driven {@link
 * UsageMapper} or a documented vendor mapping ({@link WacomGraphirePen}) for reports whose bytes
 * the descriptor does not describe.
 *
 * <p>Not thread-safe: one per reading thread (it may reuse buffers).
 */
public interface ReportMapper {
    /** The channels this device delivers, in a fixed order; may be empty for a device we cannot use. */
    List<Channel> channels();

    /**
     * Maps a report: {@code values[i]} gets channel {@code i}'s value, or NaN when this report
     * carries none for it (another report ID, pen out of range).
     *
     * @param values at least {@code channels().size()} long
     * @return true if the report was understood; false if rejected, the reason in {@link #rejection()}
     */
    boolean map(byte[] report, int length, double[] values);

    /** Why the last {@link #map} call rejected its report. */
    String rejection();

    /** One line saying how reports are interpreted, for status and {@code hid decode}. */
    String description();
}
