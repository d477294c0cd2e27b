package org.steadyhand.device.hid;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.steadyhand.device.hid.descriptor.DescriptorParser;
import org.steadyhand.device.hid.descriptor.ParseResult;
import org.steadyhand.device.hid.descriptor.ReportDescriptor;

/**
 * The real HID descriptors and recordings in {@code ../shared/data/hid/} (provenance in its
 * SOURCES.md), read in place and never copied into the repository. Tests that need them are
 * skipped, with this message, when the folder is absent.
 */
public final class SharedHidData {
    public static final Path FOLDER = Path.of("..", "shared", "data", "hid");
    public static final String INKLING = "wacom_inkling_mdp123_056a_0221.hid.txt";
    public static final String PEN_PARTNER = "wacom_penpartner_ft0203_056a_0061.hid.txt";
    public static final String AES_PEN = "wacom_aes_pen_thinkpad_x1yoga3_056a_5148.hid.txt";
    public static final String SENSOR_HUB = "ms_surface_pro2_sensorhub_045e_07a9.hid.txt";
    public static final String GAMEPAD = "xbox_wireless_controller_bt_045e_02fd.hid.txt";
    public static final String ROLLER_MOUSE = "contour_rollermouse_red_0b33_1004.hid.txt";

    private SharedHidData() {}

    /** The file, or the test is skipped when the shared data folder is absent. */
    public static Path file(String name) {
        assumeTrue(
                Files.isDirectory(FOLDER),
                "skipped: the real HID data folder " + FOLDER.toAbsolutePath().normalize()
                        + " is absent (it sits beside the checkout in CI)");
        return FOLDER.resolve(name);
    }

    public static HidRecording recording(String name) {
        return HidRecording.read(file(name));
    }

    /** The file's descriptor, parsed; fails the test if the parser rejects it. */
    public static ReportDescriptor descriptor(String name) {
        ParseResult result = DescriptorParser.parse(recording(name).descriptor());
        if (result instanceof ParseResult.Parsed parsed) {
            return parsed.descriptor();
        }
        throw new AssertionError(name + " was rejected: " + result);
    }
}
