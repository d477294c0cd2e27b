package org.steadyhand.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MovingAverageTest {
    /** Expected values from numpy cumulative sums (make_reference.py next to the CSV). */
    @ParameterizedTest
    @CsvFileSource(resources = "moving_average.csv", delimiter = ';', numLinesToSkip = 1)
    void trailingMeanMatchesReference(String values, int window, String expected) {
        double[] in = parse(values);
        double[] want = parse(expected);

        double[] got = MovingAverage.trailing(in, window);

        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i++) {
            assertThat(got[i]).as("point %d", i).isCloseTo(want[i], within(1e-9));
        }
    }

    @Test
    void firstPointsAverageWhatThereIsSoFar() {
        assertThat(MovingAverage.trailing(new double[] {60, 80, 100, 40}, 3)).containsExactly(60, 70, 80, 220.0 / 3);
        assertThat(MovingAverage.trailing(new double[0], 3)).isEmpty();
    }

    @Test
    void refusesBadWindowAndNotFiniteValues() {
        assertThatThrownBy(() -> MovingAverage.trailing(new double[] {1}, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> MovingAverage.trailing(new double[] {1, Double.NaN}, 2))
                .hasMessageContaining("not a finite number at 1");
    }

    private static double[] parse(String text) {
        return Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
