package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Unit;

class StreamingTremorAnalyzerTest {
    private static final double RATE_HZ = 1000;
    private static final long PERIOD_NANOS = 1_000_000;

    @ParameterizedTest(name = "{0} samples per block")
    @CsvSource(textBlock = """
            100
            37
            1000
            """)
    void fullWindowEqualsBatchWelchOfTheSameSamples(int blockSize) {
        StreamingTremorAnalyzer streaming =
                new StreamingTremorAnalyzer(Unit.MILLIMETRE, 2, RATE_HZ, TremorSettings.defaults());
        int n = streaming.windowSamples();
        double[] x = TremorSignals.uniformPosition(RATE_HZ, n / RATE_HZ, 1.5, 60, 9.3);
        double[] y = TremorSignals.whiteNoise(n, 0.01, 3);
        long[] t = TremorSignals.uniformTimes(n, PERIOD_NANOS, 7_000_000_000L);

        Optional<TremorMetrics> last = Optional.empty();
        for (int from = 0; from < n; from += blockSize) {
            int to = Math.min(n, from + blockSize);
            Optional<TremorMetrics> m = streaming.accept(
                    Arrays.copyOfRange(t, from, to), Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to));
            last = m.isPresent() ? m : last;
        }
        TremorMetrics batch =
                TremorAnalyzer.analyze(TremorInput.timestamped(Unit.MILLIMETRE, t, x, y), TremorSettings.defaults());

        TremorMetrics live = last.orElseThrow();
        assertThat(live.segmentCount()).isEqualTo(3).isEqualTo(batch.segmentCount());
        double[] expected = batch.spectrum().psdSquareMicrometresPerHz();
        double[] actual = live.spectrum().psdSquareMicrometresPerHz();
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("bin %d", k).isCloseTo(expected[k], within(1e-9 * expected[k] + 1e-300));
        }
        assertThat(live.rmsMicrometres()).isCloseTo(batch.rmsMicrometres(), within(1e-9 * batch.rmsMicrometres()));
        assertThat(live.peakHz()).isCloseTo(9.3, within(0.1)).isCloseTo(batch.peakHz(), within(1e-9));
        assertThat(live.dominantBand()).isEqualTo(TremorBand.PHYSIOLOGICAL);
        assertThat(live.waveforms().get(0).maxMicrometres())
                .containsExactly(batch.waveforms().get(0).maxMicrometres(), within(1e-9));
    }

    @Test
    void updatesEveryHundredMillisecondsOnceASegmentIsIn() {
        StreamingTremorAnalyzer streaming =
                new StreamingTremorAnalyzer(Unit.MILLIMETRE, 1, RATE_HZ, TremorSettings.defaults());
        double[] x = TremorSignals.uniformPosition(RATE_HZ, 6, 1.0, 50, 10);
        int updates = 0;
        int[] segmentCounts = new int[60];
        for (int block = 0; block < 60; block++) {
            long[] t = TremorSignals.uniformTimes(100, PERIOD_NANOS, block * 100 * PERIOD_NANOS);
            Optional<TremorMetrics> m = streaming.accept(t, Arrays.copyOfRange(x, block * 100, block * 100 + 100));
            segmentCounts[block] = m.map(TremorMetrics::segmentCount).orElse(0);
            updates += m.isPresent() ? 1 : 0;
        }

        assertThat(updates).isEqualTo(41); // blocks ending at 2.0, 2.1, ..., 6.0 s
        assertThat(segmentCounts[19]).isEqualTo(1);
        assertThat(segmentCounts[29]).isEqualTo(2);
        assertThat(segmentCounts[59]).isEqualTo(3);
        assertThat(streaming.latest().orElseThrow().rmsMicrometres()).isCloseTo(36.0, within(1.5));
    }

    @Test
    void gapResetsTheWindow() {
        StreamingTremorAnalyzer streaming =
                new StreamingTremorAnalyzer(Unit.MILLIMETRE, 1, RATE_HZ, TremorSettings.defaults());
        double[] x = TremorSignals.uniformPosition(RATE_HZ, 3, 1.0, 50, 10);
        streaming.accept(TremorSignals.uniformTimes(3000, PERIOD_NANOS, 0), x);
        assertThat(streaming.latest()).isPresent();

        Optional<TremorMetrics> afterGap = streaming.accept(
                TremorSignals.uniformTimes(1000, PERIOD_NANOS, 4_000_000_000L), Arrays.copyOf(x, 1000));

        assertThat(afterGap).isEmpty();
        assertThat(streaming.latest()).isEmpty();
        TremorMetrics resumed = streaming
                .accept(TremorSignals.uniformTimes(1000, PERIOD_NANOS, 5_000_000_000L), Arrays.copyOf(x, 1000))
                .orElseThrow();
        assertThat(resumed.gapCount()).isEqualTo(1);
        assertThat(resumed.segmentCount()).isEqualTo(1);
    }

    @Test
    void rejectsBlockStartingBeforeThePreviousSample() {
        StreamingTremorAnalyzer streaming =
                new StreamingTremorAnalyzer(Unit.MILLIMETRE, 1, RATE_HZ, TremorSettings.defaults());
        streaming.accept(new long[] {1000, 2000}, new double[] {1, 2});

        assertThatThrownBy(() -> streaming.accept(new long[] {2000}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must strictly increase");
    }

    @Test
    void roundsSegmentToWholeUpdateStepsAtAnOddRate() {
        StreamingTremorAnalyzer streaming =
                new StreamingTremorAnalyzer(Unit.MILLIMETRE, 1, 333, TremorSettings.defaults());

        // step = 33 samples; half-segment 333 -> 10 steps = 330; window 1332 -> 3 segments.
        assertThat(streaming.segmentSamples()).isEqualTo(660);
        assertThat(streaming.windowSamples()).isEqualTo(1320);
    }
}
