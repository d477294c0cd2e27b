package org.steadyhand.device.hid.mapping;

import org.steadyhand.core.ChannelNames;

/**
 * The channel names HID devices deliver. Pen position uses the shared {@link ChannelNames#TIP_X} /
 * {@link ChannelNames#TIP_Y}; the rest are HID-specific and documented in README "Connecting HID
 * devices".
 */
public final class ChannelNaming {
    /** Tip pressure, 0..1 of the device's logical range (Unit.NORMALISED). */
    public static final String TIP_PRESSURE = "tip_pressure";
    /** Pen tilt towards +X / +Y, degrees. */
    public static final String TILT_X = "tilt_x";

    public static final String TILT_Y = "tilt_y";
    /** 1 while the pen is in range of the tablet, else 0. */
    public static final String IN_RANGE = "in_range";
    /** 1 while the pen tip touches, else 0. */
    public static final String TIP_SWITCH = "tip_switch";

    private ChannelNaming() {}
}
