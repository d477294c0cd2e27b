package org.steadyhand.device.serial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real serial captures in {@code ../shared/data/serial/} (provenance in its SOURCES.md), read
 * in place and never copied into the repository. Tests that need them are skipped, with this
 * message, when the folder is absent.
 */
public final class SharedSerialData {
    public static final Path FOLDER = Path.of("..", "shared", "data", "serial");
    public static final String ANT_HRM = "antusb2_hrm_capture.log";
    public static final String ANT_HRM_SUMMARY = "antusb2_hrm_capture.decoded_summary.json";

    private SharedSerialData() {}

    /** The file, or the test is skipped when the shared data folder is absent. */
    public static Path file(String name) {
        assumeTrue(
                Files.isDirectory(FOLDER),
                "skipped: the real serial data folder "
                        + FOLDER.toAbsolutePath().normalize() + " is absent (it sits beside the checkout in CI)");
        return FOLDER.resolve(name);
    }
}
