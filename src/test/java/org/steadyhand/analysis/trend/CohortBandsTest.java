package org.steadyhand.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohortBandsTest {
    @Test
    void bandsAlignTraineesBySessionNumberAndSkipThinOnes() {
        List<double[]> curves =
                List.of(new double[] {40, 60, 70}, new double[] {50, 65}, new double[] {30, 55, 80}, new double[] {60});

        List<CohortBand> bands = CohortBands.bySessionNumber(curves, 3);

        // Session 1: 30 40 50 60 (numpy.percentile 10 -> 33, 25 -> 37.5, 50 -> 45, 75 -> 52.5, 90 -> 57);
        // session 2: 55 60 65; session 3 has only two trainees.
        assertThat(bands)
                .containsExactly(
                        new CohortBand(1, 4, 33, 37.5, 45, 52.5, 57), new CohortBand(2, 3, 56, 57.5, 60, 62.5, 64));
    }

    @Test
    void noCurvesGiveNoBands() {
        assertThat(CohortBands.bySessionNumber(List.of(), 1)).isEmpty();
        assertThatThrownBy(() -> CohortBands.bySessionNumber(List.of(), 0)).hasMessageContaining("at least 1");
    }
}
