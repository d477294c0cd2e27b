package org.steadyhand.analysis.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingForceAnalyzerTest {
    private static final List<String[]> PROFILE = ReferenceCsv.rows("force_profile.csv");
    private static final long[] TIMES = ReferenceCsv.longColumn(PROFILE, 0);
    private static final double[] FORCES = ReferenceCsv.doubleColumn(PROFILE, 1);

    @ParameterizedTest(name = "blocks of {0}")
    @ValueSource(ints = {1, 7, 100, 5000})
    void blockByBlockEqualsTheWholeArrayAtOnce(int blockSize) {
        StreamingForceAnalyzer streaming = new StreamingForceAnalyzer(ForceThresholds.DEFAULTS);

        for (int from = 0; from < TIMES.length; from += blockSize) {
            int to = Math.min(TIMES.length, from + blockSize);
            streaming.feed(Arrays.copyOfRange(TIMES, from, to), Arrays.copyOfRange(FORCES, from, to));
        }

        assertThat(streaming.metrics()).contains(ForceAnalyzer.analyze(TIMES, FORCES, ForceThresholds.DEFAULTS));
    }

    @Test
    void hasNoMetricsUntilAFiniteSampleArrives() {
        StreamingForceAnalyzer streaming = new StreamingForceAnalyzer(ForceThresholds.DEFAULTS);
        streaming.feed(new long[] {1, 2}, new double[] {Double.NaN, Double.NaN});

        assertThat(streaming.metrics()).isEmpty();
        streaming.feed(new long[] {3}, new double[] {2.0});
        assertThat(streaming.metrics().orElseThrow().skippedSampleCount()).isEqualTo(2);
        assertThat(streaming.metrics().orElseThrow().currentForceMilliNewtons()).isEqualTo(2.0);
    }

    @Test
    void latestGradientIsTheSlopeOfTheLastWindow() {
        StreamingForceAnalyzer streaming = new StreamingForceAnalyzer(ForceThresholds.DEFAULTS);
        long[] times = new long[200];
        double[] forces = new double[200];
        for (int i = 0; i < 200; i++) {
            times[i] = i * 1_000_000L;
            // flat, then rising at 50 mN/s for the last 60 ms
            forces[i] = i < 140 ? 1.0 : 1.0 + 0.05 * (i - 140);
        }
        streaming.feed(times, forces);

        assertThat(streaming.latestGradientMilliNewtonsPerSecond()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void blockGoingBackInTimeIsRejectedWholeAndChangesNothing() {
        StreamingForceAnalyzer streaming = new StreamingForceAnalyzer(ForceThresholds.DEFAULTS);
        streaming.feed(new long[] {0, 10_000_000L}, new double[] {1, 2});
        ForceMetrics before = streaming.metrics().orElseThrow();

        assertThatThrownBy(() -> streaming.feed(new long[] {20_000_000L, 10_000_000L}, new double[] {9, 9}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time[1] = 10000000 ns is not after 20000000 ns");
        assertThatThrownBy(() -> streaming.feed(new long[] {10_000_000L}, new double[] {9}))
                .hasMessageContaining("time[0] = 10000000 ns is not after 10000000 ns");
        assertThat(streaming.metrics()).contains(before);
    }
}
