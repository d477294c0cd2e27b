package org.steadyhand.analysis.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CirclePathMetricsTest {
    private static final double RATE_HZ = 1000;

    @Test
    void perfectLapHasNoDeviationFullCoverageAndItsLapTime() {
        Path path = trace(2.5, 0, 0, 16.0, 20.0, 1);

        CirclePathMetrics metrics = CirclePathMetrics.of(path.t, path.x, path.y, 0, 0, 2.5);

        assertThat(metrics.deviationRmsMillimetres()).isCloseTo(0, within(1e-12));
        assertThat(metrics.coveragePct()).isEqualTo(100.0);
        assertThat(metrics.lapTimeSeconds()).isCloseTo(16.0, within(1.5 / RATE_HZ));
        assertThat(metrics.drawn().radiusMillimetres()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void circleTooLargeDeviatesByTheRadiusError() {
        Path path = trace(2.6, 0, 0, 16.0, 16.0, 1);

        CirclePathMetrics metrics = CirclePathMetrics.of(path.t, path.x, path.y, 0, 0, 2.5);

        assertThat(metrics.deviationRmsMillimetres()).isCloseTo(0.1, within(1e-9));
        assertThat(metrics.drawn().radiusMillimetres()).isCloseTo(2.6, within(1e-9));
    }

    @Test
    void clockwiseHalfLapCoversHalfAndHasNoLapTime() {
        Path path = trace(2.5, 0, 0, 16.0, 8.0, -1);

        CirclePathMetrics metrics = CirclePathMetrics.of(path.t, path.x, path.y, 0, 0, 2.5);

        assertThat(metrics.coveragePct()).isCloseTo(50.0, within(0.05));
        assertThat(metrics.lapTimeSeconds()).isNaN();
    }

    @Test
    void goingBackAndForthGainsNoCoverage() {
        int n = 4000;
        long[] t = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 1.0 * Math.sin(2 * Math.PI * i / 2000.0); // swings +-1 rad and back, twice
            t[i] = i * 1_000_000L;
            x[i] = 2.5 * Math.cos(angle);
            y[i] = 2.5 * Math.sin(angle);
        }
        CirclePathMetrics metrics = CirclePathMetrics.of(t, x, y, 0, 0, 2.5);

        assertThat(metrics.coveragePct()).isLessThan(0.1);
    }

    @Test
    void skipsNanSamplesAndRefusesTimeGoingBack() {
        Path path = trace(2.5, 0, 0, 16.0, 4.0, 1);
        path.x[100] = Double.NaN;
        assertThat(CirclePathMetrics.of(path.t, path.x, path.y, 0, 0, 2.5).samples())
                .isEqualTo(path.t.length - 1);

        path.t[200] = path.t[199];
        assertThatThrownBy(() -> CirclePathMetrics.of(path.t, path.x, path.y, 0, 0, 2.5))
                .hasMessageContaining("sample 200");
    }

    private record Path(long[] t, double[] x, double[] y) {}

    private static Path trace(double radiusMm, double cx, double cy, double lapSeconds, double seconds, int direction) {
        int n = (int) Math.round(seconds * RATE_HZ) + 1;
        long[] t = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = direction * 2 * Math.PI * (i / RATE_HZ) / lapSeconds;
            t[i] = Math.round(i * 1e9 / RATE_HZ);
            x[i] = cx + radiusMm * Math.cos(angle);
            y[i] = cy + radiusMm * Math.sin(angle);
        }
        return new Path(t, x, y);
    }
}
