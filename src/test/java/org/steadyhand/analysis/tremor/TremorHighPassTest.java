package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known-answer tests against scipy.signal (butter + lfilter); the reference files and the script
 * that made them are in src/test/resources/org/steadyhand/analysis/tremor/.
 */
class TremorHighPassTest {
    @ParameterizedTest(name = "fs={0} Hz, fc={1} Hz")
    @CsvFileSource(resources = "highpass_coefficients.csv", numLinesToSkip = 2)
    void coefficientsMatchScipyButter(
            double fsHz, double cutoffHz, double b0, double b1, double b2, double a1, double a2) {
        TremorHighPass filter = new TremorHighPass(fsHz, cutoffHz);

        assertThat(filter.numerator()).containsExactly(new double[] {b0, b1, b2}, within(1e-12));
        assertThat(filter.denominator()).containsExactly(new double[] {1.0, a1, a2}, within(1e-12));
    }

    @Test
    void outputFromRestMatchesScipyLfilter() throws IOException {
        double[][] reference = reference();
        TremorHighPass filter = TremorHighPass.atDefaultCutoff(1000);

        for (int i = 0; i < reference[0].length; i++) {
            assertThat(filter.filter(reference[0][i])).as("sample %d", i).isCloseTo(reference[1][i], within(1e-9));
        }
    }

    @Test
    void primedOutputMatchesScipyLfilterWithSteadyState() throws IOException {
        double[][] reference = reference();
        TremorHighPass filter = TremorHighPass.atDefaultCutoff(1000);
        double[] x = reference[0].clone();

        filter.primeWith(x[0]);
        filter.filterInPlace(x);

        assertThat(x).containsExactly(reference[2], within(1e-9));
    }

    @ParameterizedTest(name = "{0} Hz")
    @CsvSource(textBlock = """
            0.5
            1.0
            2.0
            10.0
            12.0
            """)
    void steadyStateGainIsButterworthMagnitude(double frequencyHz) {
        // Closed form: |H| = w^2 / sqrt(1 + w^4), w = tan(pi f / fs) / tan(pi fc / fs) (pre-warped).
        double fs = 1000;
        double w = Math.tan(Math.PI * frequencyHz / fs) / Math.tan(Math.PI * 2.0 / fs);
        double expectedGain = w * w / Math.sqrt(1 + w * w * w * w);
        TremorHighPass filter = TremorHighPass.atDefaultCutoff(fs);

        double peak = 0;
        int settle = (int) (4 * fs);
        for (int i = 0; i < settle + 2 * fs / frequencyHz; i++) {
            double y = filter.filter(Math.sin(2 * Math.PI * frequencyHz * i / fs));
            if (i >= settle) {
                peak = Math.max(peak, Math.abs(y));
            }
        }

        assertThat(peak).isCloseTo(expectedGain, within(2e-3));
    }

    @Test
    void resetReturnsToRest() {
        TremorHighPass filter = TremorHighPass.atDefaultCutoff(1000);
        filter.filter(5.0);
        filter.filter(-2.0);

        filter.reset();

        assertThat(filter.filter(1.0)).isEqualTo(filter.numerator()[0]);
    }

    @Test
    void rejectsRateBelowTwiceTheCutoff() {
        assertThatThrownBy(() -> new TremorHighPass(3.0, 2.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sampleRateHz");
    }

    /** Columns x, y_rest, y_primed of highpass_reference.csv. */
    private static double[][] reference() throws IOException {
        try (InputStream in = TremorHighPassTest.class.getResourceAsStream("highpass_reference.csv")) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("x,"))
                    .toList();
            double[][] columns = new double[3][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String[] cells = rows.get(i).split(",");
                for (int c = 0; c < 3; c++) {
                    columns[c][i] = Double.parseDouble(cells[c]);
                }
            }
            return columns;
        }
    }
}
