package org.steadyhand.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class QuantilesTest {
    /** Expected values from numpy.percentile (make_reference.py next to the CSV). */
    @ParameterizedTest
    @CsvFileSource(resources = "percentiles.csv", delimiter = ';', numLinesToSkip = 1)
    void percentileMatchesNumpyLinearDefinition(String values, double percent, double expected) {
        double[] parsed = Arrays.stream(values.split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();

        assertThat(Quantiles.percentile(parsed, percent)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void severalPercentilesAtOnceEqualOneByOne() {
        double[] values = {70, 40, 90, 55};

        assertThat(Quantiles.percentiles(values, 10, 50, 90))
                .containsExactly(
                        Quantiles.percentile(values, 10),
                        Quantiles.percentile(values, 50),
                        Quantiles.percentile(values, 90));
        // (n - 1) * 0.5 = 1.5: halfway between 55 and 70.
        assertThat(Quantiles.percentile(values, 50)).isEqualTo(62.5);
        assertThat(values).containsExactly(70, 40, 90, 55);
    }

    @Test
    void refusesEmptyNotFiniteAndOutOfRange() {
        assertThatThrownBy(() -> Quantiles.percentile(new double[0], 50)).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Quantiles.percentile(new double[] {1, Double.NaN}, 50))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Quantiles.percentile(new double[] {1}, 101)).hasMessageContaining("between 0 and 100");
    }
}
