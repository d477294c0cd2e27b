package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Trace length in the last second and movement in the last 0.2 s, on traces with known lengths. */
class HoldSteadinessTest {

    @Test
    void constantSpeedTraceGivesLengthsProportionalToTime() {
        // 100 Hz for 3 s, the aim moving right at 2 mm/s: 2 mm in the last second, 0.4 mm in 0.2 s.
        int n = 301;
        long[] t = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 10_000_000L;
            x[i] = 0.02 * i;
        }

        HoldSteadiness hold = HoldSteadiness.of(t, x, y, new long[] {500_000_000L, 2_000_000_000L, 3_000_000_000L});

        assertThat(hold.shotsWithoutTrace())
                .as("the first shot has only 0.5 s before it")
                .isEqualTo(1);
        assertThat(hold.shots()).hasSize(2);
        assertThat(hold.meanTraceLastSecondMm()).isCloseTo(2.0, within(1e-9));
        assertThat(hold.meanMovementLast200MsMm()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void noShotsWithTraceGiveNaNMeans() {
        HoldSteadiness hold = HoldSteadiness.of(new long[] {0, 1}, new double[2], new double[2], new long[] {5});

        assertThat(hold.shots()).isEmpty();
        assertThat(hold.meanTraceLastSecondMm()).isNaN();
    }

    @Test
    void timesThatDoNotIncreaseAreRefused() {
        assertThatThrownBy(() -> HoldSteadiness.of(new long[] {0, 0}, new double[2], new double[2], new long[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increase");
    }
}
