package org.steadyhand.core;

/**
 * Names the rest of the application uses to find well-known signals, whatever device produced
 * them. A device adapter (or a device profile) maps its own fields onto these names.
 */
public final class ChannelNames {
    /** Instrument-tip position, mm, in the rig's frame: x right, y away from the trainee, z up. */
    public static final String TIP_X = "tip_x";

    public static final String TIP_Y = "tip_y";
    public static final String TIP_Z = "tip_z";
    /** Force at the instrument tip, mN. */
    public static final String TIP_FORCE = "tip_force";
    /** Angle of the instrument shaft from the vertical, degrees. */
    public static final String TILT = "tilt";
    /** Aim point of a sighting system projected on the target, mm from its centre (x right, y up). */
    public static final String AIM_X = "aim_x";

    public static final String AIM_Y = "aim_y";

    private ChannelNames() {}
}
