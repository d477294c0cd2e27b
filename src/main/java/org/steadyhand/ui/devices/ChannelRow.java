package org.steadyhand.ui.devices;

/**
 * One channel of the opened source as the channel table shows it.
 *
 * @param name the channel name the source delivers
 * @param unit unit symbol, e.g. {@code mN}
 * @param rateHz nominal rate, Hz
 * @param rawText newest value as delivered, or {@code —} before the first sample
 * @param valueText newest value with the stored calibration applied (same as raw without one)
 * @param assignedTo the rig channel the user assigned it to; equal to {@code name} when unassigned
 */
public record ChannelRow(String name, String unit, double rateHz, String rawText, String valueText, String assignedTo) {
    public String rateText() {
        return rateHz >= 10 ? String.format("%.0f Hz", rateHz) : String.format("%.2f Hz", rateHz);
    }
}
