package org.steadyhand.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.force.ForceCalibration;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Unit;
import org.steadyhand.store.DeviceCalibration;

class ForceCalibrationStepsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T04:40:00Z");
    private static final String GAUGE = "serial:imada:/dev/ttyUSB0";

    private static double[] readings(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # readings (mN)        | stored zero (mN)
            0.01 0.02 0.00 0.03    | 0.015
            2.0 2.5 1.5 2.0        | 2.0
            """, delimiter = '|')
    void zeroOfAMilliNewtonSensorIsTheMeanWithScaleOne(String values, double zero) {
        Optional<DeviceCalibration> stored = new ForceCalibrationSteps()
                .zero(GAUGE, "tip_force", Unit.MILLINEWTON, readings(values), Optional.empty(), NOW);

        assertThat(stored).isPresent();
        assertThat(stored.get().calibration().zeroOffset()).isCloseTo(zero, within(1e-12));
        assertThat(stored.get().calibration().scaleMilliNewtonsPerRawUnit()).isEqualTo(1.0);
        assertThat(stored.get().rawUnit()).isEqualTo("mN");
        assertThat(stored.get().calibratedAt()).isEqualTo(NOW);
    }

    @Test
    void zeroRefusesReadingsSpreadingMoreThanThreeQuartersOfAMilliNewton() {
        // sample standard deviation of 0, 2, 0, 2 is 1.155 mN > 0.75 mN
        assertThatThrownBy(() -> new ForceCalibrationSteps()
                        .zero(GAUGE, "tip_force", Unit.MILLINEWTON, readings("0 2 0 2"), Optional.empty(), NOW))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the readings are unstable: standard deviation 1.155 mN, but at most 0.75 mN is allowed"
                        + " for a zero; take everything off the sensor and let it settle");
    }

    @Test
    void zeroKeepsTheScaleAndMassOfAnEarlierKnownWeightCalibration() {
        DeviceCalibration earlier = new DeviceCalibration(
                GAUGE, "tip_force", new ForceCalibration(100, 0.5), OptionalDouble.of(200), "1", NOW.minusSeconds(60));

        DeviceCalibration zeroed = new ForceCalibrationSteps()
                .zero(GAUGE, "tip_force", Unit.NORMALISED, readings("104 106 105"), Optional.of(earlier), NOW)
                .orElseThrow();

        assertThat(zeroed.calibration()).isEqualTo(new ForceCalibration(105, 0.5));
        assertThat(zeroed.referenceMassGrams()).hasValue(200);
    }

    @Test
    void knownWeightUsesTheZeroReadingsAndTheMass() {
        ForceCalibrationSteps steps = new ForceCalibrationSteps();
        assertThat(steps.zero(GAUGE, "pressure", Unit.NORMALISED, readings("0.10 0.11 0.09"), Optional.empty(), NOW))
                .as("an uncalibrated sensor's zero waits for the known weight")
                .isEmpty();

        DeviceCalibration calibrated =
                steps.knownWeight(GAUGE, "pressure", Unit.NORMALISED, readings("0.60 0.61 0.59"), 100, NOW);

        // 100 g × 9.80665 mN/g over a step of 0.5
        assertThat(calibrated.calibration().zeroOffset()).isCloseTo(0.10, within(1e-12));
        assertThat(calibrated.calibration().scaleMilliNewtonsPerRawUnit()).isCloseTo(1961.33, within(1e-9));
        assertThat(calibrated.referenceMassGrams()).hasValue(100);
    }

    @Test
    void knownWeightRefusesUnstableReadingsWithTheCalibrationsOwnMessage() {
        ForceCalibrationSteps steps = new ForceCalibrationSteps();
        steps.zero(GAUGE, "pressure", Unit.NORMALISED, readings("0.10 0.10 0.10"), Optional.empty(), NOW);

        assertThatThrownBy(
                        () -> steps.knownWeight(GAUGE, "pressure", Unit.NORMALISED, readings("0.3 0.9 0.6"), 100, NOW))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("the readings are unstable: standard deviation");
    }

    @Test
    void knownWeightWithoutAZeroForThatChannelIsRefused() {
        ForceCalibrationSteps steps = new ForceCalibrationSteps();
        steps.zero(GAUGE, "other", Unit.NORMALISED, readings("0.10 0.10 0.10"), Optional.empty(), NOW);

        assertThatThrownBy(() -> steps.knownWeight(GAUGE, "pressure", Unit.NORMALISED, readings("0.6 0.6"), 100, NOW))
                .isInstanceOf(BadInputException.class)
                .hasMessage("press Zero with nothing on the sensor first, then put the weight on");
    }
}
