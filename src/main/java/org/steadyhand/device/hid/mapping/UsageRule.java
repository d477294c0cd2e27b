package org.steadyhand.device.hid.mapping;

import java.util.Optional;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.Unit;
import org.steadyhand.device.hid.descriptor.HidUnit;
import org.steadyhand.device.hid.descriptor.ReportField;

/**
 * Which channel a field feeds and how its value converts: {@code channel value = a × x + b}, where
 * x is the physical value ({@link Source#PHYSICAL}) or the logical one ({@link Source#LOGICAL}).
 *
 * <ul>
 *   <li>Digitizer applications (page 0x0D): X / Y → {@code tip_x} / {@code tip_y} in mm from the
 *       physical extents (cm or inch units; a field without a length unit is not mapped); Tip
 *       Pressure → {@code tip_pressure} 0..1 of the logical range; X / Y Tilt → {@code tilt_x} /
 *       {@code tilt_y} in degrees: the physical value when the field has an angle unit (rad
 *       converted), else the logical value read as degrees (Wacom's protocols count about one per
 *       degree; the Inkling's tilt inherits the X extents as its physical range, which would be
 *       meaningless); In Range and Tip Switch → 0 / 1.
 *   <li>Joystick, Game Pad and Multi-axis applications: X, Y, Z, Rx, Ry, Rz → {@code axis_x} ...
 *       {@code axis_rz} normalised to −1..1 (centre of the logical range = 0); Slider, Dial, and the
 *       Simulation page's Brake, Accelerator, Throttle, Rudder (foot pedals) → 0..1.
 *   <li>Sensor page: Acceleration X/Y/Z (0x0453-0x0455) → {@code accel_x/y/z} in m/s² (no unit:
 *       the HID Sensor Usages default, g, × 9.80665); Angular Velocity X/Y/Z (0x0457-0x0459) →
 *       {@code gyro_x/y/z} in rad/s (no unit: degrees per second).
 * </ul>
 * Relative fields (mouse motion), arrays and everything else are not mapped.
 *
 * @param channelName the channel
 * @param unit its unit
 * @param source which value is scaled
 * @param a factor
 * @param b offset
 */
record UsageRule(String channelName, Unit unit, Source source, double a, double b) {
    /** Standard gravity, m/s² per g (CGPM 1901 definition). */
    static final double STANDARD_GRAVITY = 9.80665;

    enum Source {
        LOGICAL,
        PHYSICAL
    }

    private static final String[] GD_AXES = {"axis_x", "axis_y", "axis_z", "axis_rx", "axis_ry", "axis_rz"};

    static Optional<UsageRule> of(ReportField field) {
        if (field.isPadding() || field.isArray() || field.flags().relative() || field.bitSize() > 32) {
            return Optional.empty();
        }
        int usage = field.usage();
        int applicationPage = field.applicationUsage() >>> 16;
        if (applicationPage == 0x0D) {
            return digitizer(field, usage);
        }
        if (usage >>> 16 == 0x20) {
            return sensor(field, usage);
        }
        int application = field.applicationUsage();
        boolean controller = application == 0x010004
                || application == 0x010005
                || application == 0x010008
                || applicationPage == 0x02;
        return controller ? controller(field, usage) : Optional.empty();
    }

    private static Optional<UsageRule> digitizer(ReportField field, int usage) {
        return switch (usage) {
            case 0x010030, 0x010031 -> {
                HidUnit unit = field.unit();
                if (!unit.isLength()) {
                    yield Optional.empty();
                }
                double mm = unit.millimetresPerLengthUnit().orElseThrow();
                yield Optional.of(new UsageRule(
                        usage == 0x010030 ? ChannelNames.TIP_X : ChannelNames.TIP_Y,
                        Unit.MILLIMETRE,
                        Source.PHYSICAL,
                        mm,
                        0));
            }
            case 0x0D0030 -> Optional.of(fraction(field, ChannelNaming.TIP_PRESSURE));
            case 0x0D003D, 0x0D003E -> {
                String name = usage == 0x0D003D ? ChannelNaming.TILT_X : ChannelNaming.TILT_Y;
                yield Optional.of(
                        field.unit().isAngle()
                                ? new UsageRule(
                                        name,
                                        Unit.DEGREE,
                                        Source.PHYSICAL,
                                        field.unit().degreesPerAngleUnit().orElseThrow(),
                                        0)
                                : new UsageRule(name, Unit.DEGREE, Source.LOGICAL, 1, 0));
            }
            case 0x0D0032 -> Optional.of(new UsageRule(ChannelNaming.IN_RANGE, Unit.NORMALISED, Source.LOGICAL, 1, 0));
            case 0x0D0042 ->
                Optional.of(new UsageRule(ChannelNaming.TIP_SWITCH, Unit.NORMALISED, Source.LOGICAL, 1, 0));
            default -> Optional.empty();
        };
    }

    private static Optional<UsageRule> controller(ReportField field, int usage) {
        if (usage >= 0x010030 && usage <= 0x010035) {
            UsageRule zeroToOne = fraction(field, GD_AXES[usage - 0x010030]);
            return Optional.of(new UsageRule(
                    zeroToOne.channelName, Unit.NORMALISED, Source.LOGICAL, 2 * zeroToOne.a, 2 * zeroToOne.b - 1));
        }
        return switch (usage) {
            case 0x010036 -> Optional.of(fraction(field, "slider"));
            case 0x010037 -> Optional.of(fraction(field, "dial"));
            case 0x0200BA -> Optional.of(fraction(field, "rudder"));
            case 0x0200BB -> Optional.of(fraction(field, "throttle"));
            case 0x0200C4 -> Optional.of(fraction(field, "accelerator"));
            case 0x0200C5 -> Optional.of(fraction(field, "brake"));
            default -> Optional.empty();
        };
    }

    private static Optional<UsageRule> sensor(ReportField field, int usage) {
        HidUnit unit = field.unit();
        if (usage >= 0x200453 && usage <= 0x200455) {
            double toSi = unit.isNone()
                    ? STANDARD_GRAVITY
                    : unit.isAcceleration() ? unit.millimetresPerLengthUnit().orElseThrow() / 1000 : Double.NaN;
            String name = "accel_" + (char) ('x' + usage - 0x200453);
            return Double.isNaN(toSi)
                    ? Optional.empty()
                    : Optional.of(new UsageRule(name, Unit.METRE_PER_SECOND_SQUARED, Source.PHYSICAL, toSi, 0));
        }
        if (usage >= 0x200457 && usage <= 0x200459) {
            double toSi = unit.isNone()
                    ? Math.PI / 180
                    : unit.isAngularRate() ? unit.degreesPerAngleUnit().orElseThrow() * Math.PI / 180 : Double.NaN;
            String name = "gyro_" + (char) ('x' + usage - 0x200457);
            return Double.isNaN(toSi)
                    ? Optional.empty()
                    : Optional.of(new UsageRule(name, Unit.RADIAN_PER_SECOND, Source.PHYSICAL, toSi, 0));
        }
        return Optional.empty();
    }

    /** 0 at the logical minimum, 1 at the maximum. */
    private static UsageRule fraction(ReportField field, String name) {
        double span = (double) field.logicalMaximum() - field.logicalMinimum();
        double a = span == 0 ? 0 : 1 / span;
        return new UsageRule(name, Unit.NORMALISED, Source.LOGICAL, a, -field.logicalMinimum() * a);
    }
}
