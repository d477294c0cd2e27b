package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.force.ForceCalibration;

/** Against a real H2 file in a temporary data folder. */
class DeviceCalibrationsTest {
    private static final String GAUGE = "serial:mark10:/dev/ttyUSB0";

    @TempDir
    Path dataFolder;

    private static DeviceCalibration calibration(String device, double scale, Instant at) {
        return new DeviceCalibration(
                device, "tip_force", new ForceCalibration(12.5, scale), OptionalDouble.of(1.0), "counts", at);
    }

    @Test
    void savedCalibrationSurvivesReopeningTheDatabase() {
        DeviceCalibration saved = calibration(GAUGE, 0.0196133, Instant.parse("2026-11-22T09:00:00Z"));
        try (Database database = Database.open(dataFolder)) {
            new DeviceCalibrations(database).save(saved);
        }

        try (Database reopened = Database.open(dataFolder)) {
            assertThat(new DeviceCalibrations(reopened).find(GAUGE, "tip_force"))
                    .contains(saved);
        }
    }

    @Test
    void savingAgainReplacesTheEarlierCalibration() {
        try (Database database = Database.open(dataFolder)) {
            DeviceCalibrations calibrations = new DeviceCalibrations(database);
            calibrations.save(calibration(GAUGE, 0.02, Instant.parse("2026-11-20T09:00:00Z")));
            DeviceCalibration newer = calibration(GAUGE, 0.03, Instant.parse("2026-11-22T09:00:00Z"));
            calibrations.save(newer);

            assertThat(calibrations.find(GAUGE, "tip_force")).contains(newer);
        }
    }

    @Test
    void calibrationBelongsToOneDeviceAndChannel() {
        try (Database database = Database.open(dataFolder)) {
            DeviceCalibrations calibrations = new DeviceCalibrations(database);
            calibrations.save(calibration(GAUGE, 0.02, Instant.parse("2026-11-22T09:00:00Z")));

            assertThat(calibrations.find("serial:mark10:/dev/ttyUSB1", "tip_force"))
                    .isEmpty();
            assertThat(calibrations.find(GAUGE, "grip_force")).isEmpty();
        }
    }

    @Test
    void handEnteredCalibrationKeepsAnEmptyReferenceMass() {
        DeviceCalibration manual = new DeviceCalibration(
                "hid:1234:5678",
                "tip_force",
                new ForceCalibration(0, 9.80665),
                OptionalDouble.empty(),
                "gf",
                Instant.parse("2026-11-22T09:00:00Z"));
        try (Database database = Database.open(dataFolder)) {
            new DeviceCalibrations(database).save(manual);

            assertThat(new DeviceCalibrations(database).find("hid:1234:5678", "tip_force"))
                    .hasValueSatisfying(
                            found -> assertThat(found.referenceMassGrams()).isEmpty())
                    .contains(manual);
        }
    }

    @Test
    void calibrationTimeIsKeptToTheMicrosecond() {
        DeviceCalibration saved = calibration(GAUGE, 0.02, Instant.parse("2026-11-22T09:00:00.123456789Z"));
        try (Database database = Database.open(dataFolder)) {
            new DeviceCalibrations(database).save(saved);

            assertThat(new DeviceCalibrations(database)
                            .find(GAUGE, "tip_force")
                            .orElseThrow()
                            .calibratedAt())
                    .isEqualTo(Instant.parse("2026-11-22T09:00:00.123456Z"));
        }
    }

    @Test
    void rejectsABlankDeviceId() {
        assertThatThrownBy(() -> calibration(" ", 1, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'deviceId' must be 1 to 1000 characters");
    }
}
