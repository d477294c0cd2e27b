package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer tests against scipy.signal.butter and lfilter (see make_reference.py). */
class BiquadTest {
    private static final List<Map<String, String>> CASES =
            ReferenceTable.load("butterworth_reference.csv").records();

    private static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static Biquad design(Map<String, String> c) {
        return Biquad.butterworthLowPass(d(c, "cutoff_hz"), d(c, "fs_hz"));
    }

    @Test
    void butterworthCoefficientsMatchScipy() {
        String[] names = {"b0", "b1", "b2", "a1", "a2"};
        for (Map<String, String> c : CASES) {
            double[] coefficients = design(c).coefficients();
            for (int i = 0; i < names.length; i++) {
                double expected = d(c, names[i]);
                assertThat(coefficients[i])
                        .as("%s at %s Hz", names[i], c.get("cutoff_hz"))
                        .isCloseTo(expected, within(Math.abs(expected) * 1e-9));
            }
        }
    }

    @Test
    void stepResponseMatchesLfilter() {
        var rows = ReferenceTable.load("butterworth_step.csv").records();
        assertThat(rows).hasSize(100);
        for (int caseIndex = 0; caseIndex < CASES.size(); caseIndex++) {
            Biquad filter = design(CASES.get(caseIndex));
            double[] output = new double[400];
            for (int n = 0; n < output.length; n++) {
                output[n] = filter.filter(1.0);
            }
            for (Map<String, String> row : rows) {
                if (Integer.parseInt(row.get("case")) == caseIndex) {
                    double expected = d(row, "value");
                    assertThat(output[Integer.parseInt(row.get("n"))]).isCloseTo(expected, within(expected * 1e-8));
                }
            }
        }
    }

    @Test
    void noiseVarianceMatchesLyapunovSolution() {
        for (Map<String, String> c : CASES) {
            assertThat(design(c).unitNoiseVariance()).isCloseTo(d(c, "unit_variance"), withPercentage(1e-5));
        }
    }

    @Test
    void rejectsCutoffAboveNyquist() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Biquad.butterworthLowPass(600, 1000))
                .withMessageContaining("600.0 Hz");
    }

    @Test
    void handDriftHasTargetRmsAndKeepsItsPowerBelowTwoHertz() {
        LowPassNoise drift = new LowPassNoise(HandMotion.DRIFT_CUTOFF_HZ, 0.25, 1000, new SimRandom(8412));
        double[] x = new double[600_000];
        double sumSquares = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = drift.next();
            sumSquares += x[i] * x[i];
        }
        assertThat(Math.sqrt(sumSquares / x.length)).isCloseTo(0.25, withPercentage(10));
        Spectra.Psd psd = Spectra.welch(x, 1000, 8192, 5);
        double total = psd.bandPower(0, 5);
        // DOMAIN.md: 98.9% of eye surgeons' voluntary motion power lies below 2 Hz.
        assertThat(psd.bandPower(2, 5) / total).as("share of power above 2 Hz").isLessThan(0.011);
    }
}
