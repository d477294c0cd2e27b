package org.steadyhand.analysis.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoldMetricsTest {

    @Test
    void errorIsTheRmsDistanceFromTheTarget() {
        // Four samples at distances 0.5, 0.5, 1.0 and 0 mm from the target (1, 1).
        double[] x = {1.3, 0.7, 2.0, 1.0};
        double[] y = {1.4, 0.6, 1.0, 1.0};

        HoldMetrics metrics = HoldMetrics.of(x, y, 1.0, 1.0, 0.6);

        assertThat(metrics.errorRmsMillimetres()).isCloseTo(Math.sqrt((0.25 + 0.25 + 1.0) / 4), within(1e-12));
        assertThat(metrics.withinTolerancePct()).isEqualTo(75.0);
    }

    @Test
    void leavesNanSamplesOutAndCountsThem() {
        HoldMetrics metrics = HoldMetrics.of(new double[] {0.1, Double.NaN, 0.1}, new double[] {0, 0, 0}, 0, 0, 0.5);

        assertThat(metrics.samples()).isEqualTo(2);
        assertThat(metrics.skippedSamples()).isEqualTo(1);
        assertThat(metrics.errorRmsMillimetres()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void refusesDataWithoutUsableSamples() {
        assertThatThrownBy(() -> HoldMetrics.of(new double[0], new double[0], 0, 0, 0.5))
                .hasMessageContaining("no usable");
        assertThatThrownBy(() -> HoldMetrics.of(new double[1], new double[2], 0, 0, 0.5))
                .hasMessageContaining("same samples");
    }
}
