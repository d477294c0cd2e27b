package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Min/max decimation of a ramp, a spike and gaps, against values worked out by hand. */
class MinMaxSeriesTest {
    /** A ramp 0, 1, 2, ... sampled every millisecond. */
    private static MinMaxSeries ramp(int n) {
        long[] t = new long[n];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1_000_000L;
            v[i] = i;
        }
        return new MinMaxSeries(t, v, n);
    }

    @ParameterizedTest(name = "{0} samples in {1} columns")
    @CsvSource(textBlock = """
            1280, 10
            1280, 1
            1280, 640
            1280, 1280
            262144, 8
            """)
    void eachColumnHoldsTheMinimumAndMaximumOfItsSlice(int n, int columns) {
        MinMaxSeries.Decimated d = ramp(n).decimate(0, n * 1_000_000L, columns);

        int perColumn = n / columns;
        for (int c = 0; c < columns; c++) {
            assertThat(d.min()[c]).isEqualTo(c * perColumn);
            assertThat(d.max()[c]).isEqualTo(c * perColumn + perColumn - 1);
        }
        assertThat(d.sampleCount()).isEqualTo(n);
        assertThat(d.filledColumns()).isEqualTo(columns);
    }

    @Test
    void aSingleSpikeInAMillionSamplesSurvivesTheWholeView() {
        int n = 1_000_000;
        long[] t = new long[n];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1_000_000L;
        }
        v[777_777] = 42;
        v[123_456] = -7;

        MinMaxSeries.Decimated d = new MinMaxSeries(t, v, n).decimate(0, n * 1_000_000L, 500);

        assertThat(d.max()[388]).isEqualTo(42); // 777,777 of 1,000,000 samples: column 388 of 500
        assertThat(d.min()[61]).isEqualTo(-7);
        assertThat(d.max()[0]).isZero();
        assertThat(new MinMaxSeries(t, v, n).range()).containsExactly(-7.0, 42.0);
    }

    @Test
    void zoomedInColumnsWithoutASampleAreEmpty() {
        MinMaxSeries.Decimated d = ramp(1000).decimate(10_000_000L, 14_000_000L, 8);

        assertThat(d.sampleCount()).isEqualTo(4);
        assertThat(d.filledColumns()).isEqualTo(4);
        assertThat(d.min()).containsExactly(10, Double.NaN, 11, Double.NaN, 12, Double.NaN, 13, Double.NaN);
    }

    @Test
    void lostSamplesShowAsAGapWithoutBlankingTheirNeighbours() {
        int n = 64;
        long[] t = new long[n];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1_000_000L;
            v[i] = i >= 16 && i < 32 ? Float.NaN : i;
        }
        v[17] = 5; // one good sample inside the lost stretch

        MinMaxSeries.Decimated d = new MinMaxSeries(t, v, n).decimate(0, 64_000_000L, 4);

        assertThat(d.min()).containsExactly(0, 5, 32, 48);
        assertThat(d.max()).containsExactly(15, 5, 47, 63);
    }

    @Test
    void outsideTheSamplesEveryColumnIsEmpty() {
        MinMaxSeries.Decimated d = ramp(100).decimate(1_000_000_000L, 2_000_000_000L, 3);

        assertThat(d.sampleCount()).isZero();
        assertThat(d.min()).containsOnly(Double.NaN);
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> ramp(10).decimate(5, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time range");
    }
}
