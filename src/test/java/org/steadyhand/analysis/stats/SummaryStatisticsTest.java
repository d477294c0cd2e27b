package org.steadyhand.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryStatisticsTest {
    @Test
    void matchesHandComputedValues() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7, RMS sqrt(232/8).
        SummaryStatistics statistics = new SummaryStatistics();
        statistics.addAll(new double[] {2, 4, 4, 4, 5, 5, 7, 9});

        SummaryStatistics.Result result = statistics.result();

        assertThat(result.count()).isEqualTo(8);
        assertThat(result.mean()).isEqualTo(5.0);
        assertThat(result.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(result.rms()).isCloseTo(Math.sqrt(232.0 / 8), within(1e-12));
        assertThat(result.min()).isEqualTo(2.0);
        assertThat(result.max()).isEqualTo(9.0);
    }

    @Test
    void staysAccurateForSmallSpreadAroundALargeMean() {
        // Tip positions: 50 mm +/- 1 um. A naive sum-of-squares variance loses all digits here;
        // the exact sample SD of n alternating +/-d values is d * sqrt(n / (n - 1)).
        SummaryStatistics statistics = new SummaryStatistics();
        for (int i = 0; i < 100_000; i++) {
            statistics.add(50.0 + (i % 2 == 0 ? 0.001 : -0.001));
        }

        assertThat(statistics.result().standardDeviation())
                .isCloseTo(0.001 * Math.sqrt(100_000.0 / 99_999), within(1e-12));
    }

    @Test
    void leavesOutNonFiniteValuesAndCountsThem() {
        SummaryStatistics statistics = new SummaryStatistics();
        statistics.addAll(new double[] {1, Double.NaN, 3, Double.POSITIVE_INFINITY});

        SummaryStatistics.Result result = statistics.result();

        assertThat(result.count()).isEqualTo(2);
        assertThat(result.mean()).isEqualTo(2.0);
        assertThat(result.nonFiniteCount()).isEqualTo(2);
    }

    @Test
    void emptyInputGivesNaNNotZero() {
        assertThat(new SummaryStatistics().result().mean()).isNaN();
    }
}
