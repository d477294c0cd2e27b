package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer tests against scipy (see make_reference.py), and the statistics of a long run. */
class ResonatorTest {
    private static final List<Map<String, String>> CASES =
            ReferenceTable.load("resonator_reference.csv").records();

    private static Resonator resonator(Map<String, String> c) {
        return new Resonator(d(c, "centre_hz"), d(c, "bandwidth_hz"), d(c, "fs_hz"), d(c, "rms"), new SimRandom(1));
    }

    private static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void coefficientsAreThoseOfThePolesAtCentreAndBandwidth() {
        for (Map<String, String> c : CASES) {
            double[] coefficients = resonator(c).coefficients();
            assertThat(coefficients[0]).isCloseTo(d(c, "a1"), within(1e-12));
            assertThat(coefficients[1]).isCloseTo(d(c, "a2"), within(1e-12));
        }
    }

    @Test
    void closedFormVarianceMatchesLyapunovSolution() {
        for (Map<String, String> c : CASES) {
            double[] coefficients = resonator(c).coefficients();
            assertThat(Resonator.unitVariance(coefficients[0], coefficients[1]))
                    .isCloseTo(d(c, "unit_variance"), withPercentage(1e-7));
            assertThat(coefficients[2]).as("gain for the target rms").isCloseTo(d(c, "gain"), withPercentage(1e-7));
        }
    }

    @Test
    void magnitudeResponseMatchesFreqz() {
        var rows = ReferenceTable.load("resonator_response.csv").records();
        assertThat(rows).hasSize(40);
        for (Map<String, String> row : rows) {
            Map<String, String> c = CASES.get(Integer.parseInt(row.get("case")));
            double magnitude = resonator(c).magnitudeAt(d(row, "freq_hz"), d(c, "fs_hz"));
            assertThat(magnitude)
                    .as("case %s at %s Hz", row.get("case"), row.get("freq_hz"))
                    .isCloseTo(d(row, "magnitude"), withPercentage(1e-7));
        }
    }

    @Test
    void impulseResponseMatchesLfilter() {
        var rows = ReferenceTable.load("resonator_impulse.csv").records();
        Resonator current = null;
        int currentCase = -1;
        for (Map<String, String> row : rows) {
            int caseIndex = Integer.parseInt(row.get("case"));
            if (caseIndex != currentCase) {
                currentCase = caseIndex;
                current = resonator(CASES.get(caseIndex));
                current.reset();
            }
            double input = row.get("n").equals("0") ? 1.0 : 0.0;
            // Relative to the gain (the first value): the response crosses zero, where rounding dominates.
            double scale = d(CASES.get(caseIndex), "gain");
            assertThat(current.filter(input)).isCloseTo(d(row, "value"), within(scale * 1e-10));
        }
    }

    @Test
    void peakSitsAtCentreWithHalfPowerWidthOfBandwidth() {
        for (Map<String, String> c : CASES) {
            assertThat(d(c, "peak_hz")).isCloseTo(d(c, "centre_hz"), within(0.05));
            assertThat(d(c, "half_power_width_hz")).isCloseTo(d(c, "bandwidth_hz"), withPercentage(3));
        }
    }

    @Test
    void longRunHasTargetRmsAndPeak() {
        Resonator tremor = new Resonator(10.0, 1.5, 1000, 0.060, new SimRandom(8412));
        double[] x = new double[400_000];
        double sumSquares = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = tremor.next();
            sumSquares += x[i] * x[i];
        }
        assertThat(Math.sqrt(sumSquares / x.length)).isCloseTo(0.060, withPercentage(5));
        Spectra.Psd psd = Spectra.welch(x, 1000, 4096, 40);
        assertThat(psd.peakHz(2, 40)).isCloseTo(10.0, within(0.4));
    }

    @Test
    void startsStationaryWithoutTransient() {
        // Over many seeds, the very first samples already have the target spread.
        double sumSquares = 0;
        int seeds = 4000;
        for (int seed = 0; seed < seeds; seed++) {
            double first = new Resonator(10.0, 1.5, 1000, 0.060, new SimRandom(seed)).next();
            sumSquares += first * first;
        }
        assertThat(Math.sqrt(sumSquares / seeds)).isCloseTo(0.060, withPercentage(5));
    }
}
