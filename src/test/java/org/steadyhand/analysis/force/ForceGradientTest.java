package org.steadyhand.analysis.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers from numpy.polyfit and scipy's Savitzky–Golay filter (make_force_reference.py). */
class ForceGradientTest {
    @Test
    void jitteredSeriesMatchesNumpyPolyfitOverTheTimeWindow() {
        List<String[]> rows = ReferenceCsv.rows("force_gradient.csv");
        double[] expected = ReferenceCsv.doubleColumn(rows, 2);

        double[] gradient = ForceGradient.withDefaultWindow()
                .of(ReferenceCsv.longColumn(rows, 0), ReferenceCsv.doubleColumn(rows, 1));

        assertThat(gradient).containsExactly(expected, within(1e-6));
    }

    @Test
    void evenlySpacedSeriesMatchesSavitzkyGolayDerivative() {
        List<String[]> rows = ReferenceCsv.rows("savgol_gradient.csv");
        double[] expected = ReferenceCsv.doubleColumn(rows, 2);

        double[] gradient = ForceGradient.withDefaultWindow()
                .of(ReferenceCsv.longColumn(rows, 0), ReferenceCsv.doubleColumn(rows, 1));

        // The file holds the interior of scipy's series; only rows with a full ±25-sample window here
        // compare (25 ms at 1 kHz).
        for (int i = 25; i < rows.size() - 25; i++) {
            assertThat(gradient[i]).as("row %d", i).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void nanSampleHasNoGradientAndIsLeftOutOfItsNeighbours() {
        long[] times = {0, 10_000_000L, 20_000_000L, 30_000_000L, 40_000_000L};
        double[] forces = {0, 1, Double.NaN, 3, 4};

        double[] gradient = new ForceGradient(0.05).of(times, forces);

        assertThat(gradient[2]).isNaN();
        assertThat(gradient[0]).isCloseTo(100.0, within(1e-9));
        assertThat(gradient[4]).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void sampleAloneInItsWindowHasNoGradient() {
        double[] gradient = new ForceGradient(0.05).of(new long[] {0, 1_000_000_000L}, new double[] {1, 2});

        assertThat(gradient[0]).isNaN();
        assertThat(gradient[1]).isNaN();
    }

    @Test
    void rejectsAZeroWindow() {
        assertThatThrownBy(() -> new ForceGradient(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'windowSeconds' must be finite and > 0");
    }
}
