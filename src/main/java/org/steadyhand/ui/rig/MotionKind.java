package org.steadyhand.ui.rig;

import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.Unit;
import org.steadyhand.session.TrainingModule;

/**
 * Which moving point the live trace and its RMS follow: the instrument tip for surgical modules
 * (tremor in µm), the aim point for marksmanship (hold wobble, which spans millimetres on the
 * target, in mm).
 */
public enum MotionKind {
    TIP(ChannelNames.TIP_X, ChannelNames.TIP_Y, Unit.MICROMETRE, "Tremor", "tip x"),
    AIM(ChannelNames.AIM_X, ChannelNames.AIM_Y, Unit.MILLIMETRE, "Hold", "aim x");

    private final String xChannel;
    private final String yChannel;
    private final Unit displayUnit;
    private final String title;
    private final String traceLabel;

    MotionKind(String xChannel, String yChannel, Unit displayUnit, String title, String traceLabel) {
        this.xChannel = xChannel;
        this.yChannel = yChannel;
        this.displayUnit = displayUnit;
        this.title = title;
        this.traceLabel = traceLabel;
    }

    public static MotionKind of(TrainingModule.Family family) {
        return family == TrainingModule.Family.MARKSMANSHIP ? AIM : TIP;
    }

    public String xChannel() {
        return xChannel;
    }

    public String yChannel() {
        return yChannel;
    }

    /** Unit of trace values and RMS in {@link LiveFrame}. */
    public Unit displayUnit() {
        return displayUnit;
    }

    /** What the RMS is called on screen: "Tremor" or "Hold". */
    public String title() {
        return title;
    }

    /** Which signal the trace shows, for its caption. */
    public String traceLabel() {
        return traceLabel;
    }

    /** The symbol shown to users (µm rather than the storage symbol "um"). */
    public String unitText() {
        return displayUnit == Unit.MICROMETRE ? "µm" : displayUnit.symbol();
    }

    /** Factor from a channel's unit to {@link #displayUnit()}; NaN for units that are not lengths. */
    double factorFrom(Unit channelUnit) {
        return metres(channelUnit) / metres(displayUnit);
    }

    private static double metres(Unit unit) {
        return switch (unit) {
            case MILLIMETRE -> 1e-3;
            case MICROMETRE -> 1e-6;
            default -> Double.NaN;
        };
    }
}
