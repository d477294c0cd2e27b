package org.steadyhand.device.hid.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.device.hid.SharedHidData;

/** The six real descriptors of {@code ../shared/data/hid/} parse into the layouts their devices send. */
class RealDescriptorTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            wacom_inkling_mdp123_056a_0221.hid.txt,        215,  true
            wacom_penpartner_ft0203_056a_0061.hid.txt,     110,  true
            wacom_aes_pen_thinkpad_x1yoga3_056a_5148.hid.txt, 492, true
            ms_surface_pro2_sensorhub_045e_07a9.hid.txt,  2339, true
            xbox_wireless_controller_bt_045e_02fd.hid.txt, 334, true
            contour_rollermouse_red_0b33_1004.hid.txt,     220, true
            """)
    void everyRealDescriptorParses(String file, int length, boolean usesIds) {
        ReportDescriptor descriptor = SharedHidData.descriptor(file);

        assertThat(descriptor.length()).isEqualTo(length);
        assertThat(descriptor.usesReportIds()).isEqualTo(usesIds);
        assertThat(descriptor.reports(ReportKind.INPUT)).isNotEmpty();
    }

    private static ReportField field(Report report, String usageName) {
        return report.fields().stream()
                .filter(f -> f.usageName().equals(usageName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + usageName + " in " + report));
    }

    private static Report input(String file, int reportId) {
        return SharedHidData.descriptor(file).report(ReportKind.INPUT, reportId).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            X,            0, 16, 0,    1920
            Y,           16, 16, 0,    1920
            Tip Switch,  32,  1, 0,       1
            In Range,    35,  1, 0,       1
            Tip Pressure,40, 16, 0,    1024
            X Tilt,      56,  8, -127,  127
            Y Tilt,      64,  8, -127,  127
            """)
    void inklingPenFieldsSitAtTheirBitOffsets(String usage, int bitOffset, int bitSize, long min, long max) {
        Report pen = input(SharedHidData.INKLING, 2);

        ReportField field = field(pen, usage);

        assertThat(field.bitOffset()).isEqualTo(bitOffset);
        assertThat(field.bitSize()).isEqualTo(bitSize);
        assertThat(field.logicalMinimum()).isEqualTo(min);
        assertThat(field.logicalMaximum()).isEqualTo(max);
        assertThat(field.signed()).isEqualTo(min < 0);
        assertThat(pen.byteLength()).isEqualTo(10);
    }

    @Test
    void aesPenHasTiltInDegreesAndPositionInCentimetresWithExponent() {
        Report pen = input(SharedHidData.AES_PEN, 6);

        ReportField tiltX = field(pen, "X Tilt");
        ReportField x = field(pen, "X");
        ReportField y = field(pen, "Y");

        assertThat(tiltX.bitOffset()).isEqualTo(120);
        assertThat(tiltX.logicalMinimum()).isEqualTo(-90);
        assertThat(tiltX.logicalMaximum()).isEqualTo(90);
        assertThat(tiltX.unit().symbol()).isEqualTo("deg");
        assertThat(tiltX.unit().isAngle()).isTrue();
        assertThat(tiltX.physicalValue(-90)).isEqualTo(-90.0);
        assertThat(field(pen, "Y Tilt").bitOffset()).isEqualTo(128);
        assertThat(x.unit().symbol()).isEqualTo("cm");
        assertThat(x.unitExponent()).isEqualTo(-3);
        assertThat(x.physicalMaximum()).isEqualTo(30931);
        assertThat(x.physicalValue(30931)).isCloseTo(30.931, within(1e-9)); // cm: a 309 mm wide screen
        assertThat(y.physicalValue(17399)).isCloseTo(17.399, within(1e-9));
        assertThat(field(pen, "Tip Pressure").logicalMaximum()).isEqualTo(4095);
        assertThat(pen.byteLength()).isEqualTo(18);
    }

    @Test
    void sensorHubAccelerometerAndGyrometerFields() {
        Report accelerometer = input(SharedHidData.SENSOR_HUB, 1);
        Report gyrometer = input(SharedHidData.SENSOR_HUB, 2);

        List<ReportField> axes = List.of(
                field(accelerometer, "Acceleration Axis X"),
                field(accelerometer, "Acceleration Axis Y"),
                field(accelerometer, "Acceleration Axis Z"));

        assertThat(axes).extracting(ReportField::usage).containsExactly(0x200453, 0x200454, 0x200455);
        assertThat(axes).extracting(ReportField::bitOffset).containsExactly(56, 72, 88);
        assertThat(axes).allSatisfy(f -> {
            assertThat(f.bitSize()).isEqualTo(16);
            assertThat(f.logicalMinimum()).isEqualTo(-32767);
            assertThat(f.logicalMaximum()).isEqualTo(32767);
            assertThat(f.unitExponent()).isEqualTo(-3); // milli-g: HID sensor default unit for acceleration
            assertThat(f.collectionUsage()).isEqualTo(0x200073); // Motion: Accelerometer 3D
        });
        assertThat(field(gyrometer, "Angular Velocity about Z Axis").usage()).isEqualTo(0x200459);
        assertThat(field(gyrometer, "Angular Velocity about Z Axis").unitExponent())
                .isEqualTo(-1);
        assertThat(SharedHidData.descriptor(SharedHidData.SENSOR_HUB).reports(ReportKind.FEATURE))
                .hasSizeGreaterThan(5);
    }

    @Test
    void gamepadHatSwitchHasANullStateAndDegrees() {
        Report pad = input(SharedHidData.GAMEPAD, 1);

        ReportField hat = field(pad, "Hat Switch");

        assertThat(hat.bitOffset()).isEqualTo(96);
        assertThat(hat.bitSize()).isEqualTo(4);
        assertThat(hat.flags().nullState()).isTrue();
        assertThat(hat.logicalMinimum()).isEqualTo(1);
        assertThat(hat.logicalMaximum()).isEqualTo(8);
        assertThat(hat.physicalMinimum()).isEqualTo(0);
        assertThat(hat.physicalMaximum()).isEqualTo(315);
        assertThat(hat.unit().symbol()).isEqualTo("deg");
        assertThat(hat.physicalValue(3)).isCloseTo(90.0, within(1e-9));
        assertThat(field(pad, "Brake").bitSize()).isEqualTo(10);
        assertThat(field(pad, "X").logicalMaximum()).isEqualTo(65535);
        assertThat(pad.byteLength()).isEqualTo(17);
        assertThat(SharedHidData.descriptor(SharedHidData.GAMEPAD).report(ReportKind.OUTPUT, 3))
                .hasValueSatisfying(rumble ->
                        assertThat(field(rumble, "Duration").unitExponent()).isEqualTo(-2));
    }

    @Test
    void gamepadHatAtRestDecodesToNoValue() {
        ReportDecoder decoder = new ReportDecoder(SharedHidData.descriptor(SharedHidData.GAMEPAD));
        byte[] report = new byte[17];
        report[0] = 1;
        report[13] = 0x00; // hat nibble 0: outside 1..8, the null state
        ReportValues values = decoder.newValues();

        assertThat(decoder.decodeInto(report, report.length, values)).isTrue();
        Report pad = values.report().orElseThrow();
        int hat = values.firstSlot(pad.fields().indexOf(field(pad, "Hat Switch")));
        assertThat(values.logical(hat)).isZero();
        assertThat(values.physical(hat)).isNaN();

        report[13] = 0x03; // east
        decoder.decodeInto(report, report.length, values);
        assertThat(values.physical(hat)).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void penPartnerPenDataIsAVendorDefinedReport() {
        Report pen = input(SharedHidData.PEN_PARTNER, 2);

        assertThat(pen.byteLength()).isEqualTo(8);
        assertThat(pen.fields())
                .hasSize(7)
                .allSatisfy(f -> assertThat(f.usage()).isEqualTo(0xFF000001));
        assertThat(pen.fields().get(0).usageName()).isEqualTo("Vendor 0xFF00:0x0001");
    }
}
