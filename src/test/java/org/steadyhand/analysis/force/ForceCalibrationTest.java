package org.steadyhand.analysis.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

class ForceCalibrationTest {
    @Test
    void knownWeightGivesZeroAndScale() {
        // Unloaded mean 100, loaded mean 600: 1 g = 9.80665 mN over a step of 500 raw units.
        ForceCalibration calibration =
                ForceCalibration.fromKnownWeight(new double[] {99, 100, 101}, new double[] {598, 600, 602}, 1.0);

        assertThat(calibration.zeroOffset()).isCloseTo(100.0, within(1e-12));
        assertThat(calibration.scaleMilliNewtonsPerRawUnit()).isCloseTo(9.80665 / 500, within(1e-15));
        assertThat(calibration.apply(600)).isCloseTo(9.80665, within(1e-12));
        assertThat(calibration.apply(100)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void sensorReadingLowerUnderLoadGetsANegativeScale() {
        ForceCalibration calibration =
                ForceCalibration.fromKnownWeight(new double[] {0.0, 0.0}, new double[] {-2.0, -2.0}, 2.0);

        assertThat(calibration.scaleMilliNewtonsPerRawUnit()).isCloseTo(-9.80665, within(1e-12));
        assertThat(calibration.apply(-1.0)).isCloseTo(9.80665, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100 100      | 100 100      | 1   | the loaded readings equal the unloaded ones
            70 130       | 600 600      | 1   | the readings are unstable: standard deviation 42.43 unloaded
            100 100      | 580 620      | 1   | the readings are unstable
            100          | 600 600      | 1   | need at least 2 unloaded readings
            100 100      | 600 NaN      | 1   | loaded reading 2 is not a number
            100 100      | 600 600      | 0   | the reference mass must be a finite number of grams > 0
            """)
    void rejectsReadingsThatWouldGiveAWrongCalibration(String unloaded, String loaded, double grams, String message) {
        assertThatThrownBy(() -> ForceCalibration.fromKnownWeight(numbers(unloaded), numbers(loaded), grams))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void spreadJustWithinFivePercentOfTheStepIsAccepted() {
        // Step 100; loaded SD of {95, 105} is 7.07 > 5 is refused, {98, 102} (2.83) accepted.
        assertThat(ForceCalibration.fromKnownWeight(new double[] {0, 0}, new double[] {98, 102}, 1)
                        .scaleMilliNewtonsPerRawUnit())
                .isCloseTo(0.0980665, within(1e-12));
        assertThatThrownBy(() -> ForceCalibration.fromKnownWeight(new double[] {0, 0}, new double[] {95, 105}, 1))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void rejectsAZeroScale() {
        assertThatThrownBy(() -> new ForceCalibration(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be finite and non-zero");
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.strip().split(" +"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
