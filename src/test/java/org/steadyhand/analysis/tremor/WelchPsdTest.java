package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known answers from scipy.signal.welch (make_tremor_reference.py, welch_*.csv). */
class WelchPsdTest {
    @ParameterizedTest(name = "nperseg={0}")
    @ValueSource(ints = {100, 125})
    void equalsScipyWelchWithHannHalfOverlap(int nperseg) {
        double[] x = ReferenceVectors.columns("welch_signal.csv")[0];
        double[][] reference = Arrays.stream(ReferenceVectors.rows("welch_reference.csv"))
                .filter(row -> row[0] == nperseg)
                .toArray(double[][]::new);
        WelchPsd welch = new WelchPsd(nperseg, 250.0);

        double[] psd = welch.welch(x);

        assertThat(psd).hasSize(reference.length);
        for (int k = 0; k < psd.length; k++) {
            assertThat(k * welch.binWidthHz()).isCloseTo(reference[k][1], within(1e-9));
            assertThat(psd[k]).as("bin %d", k).isCloseTo(reference[k][2], within(1e-9 * reference[k][2]));
        }
    }
}
