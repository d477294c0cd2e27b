package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals, MPI, mean radius, extreme spread and series totals of a hand-computed group. */
class SeriesStatisticsTest {

    @Test
    void groupOfFourAroundAnOffsetCentre() {
        // A square of side 2 mm centred at (3, -1): MPI (3, -1), every hole sqrt(2) from it,
        // extreme spread the diagonal 2 * sqrt(2).
        List<ScoredShot> shots = List.of(
                ScoredShot.of(TargetType.AIR_RIFLE_10M, 2, -2),
                ScoredShot.of(TargetType.AIR_RIFLE_10M, 4, -2),
                ScoredShot.of(TargetType.AIR_RIFLE_10M, 4, 0),
                ScoredShot.of(TargetType.AIR_RIFLE_10M, 2, 0));

        SeriesStatistics s = SeriesStatistics.of(shots, 3);

        assertThat(s.shotCount()).isEqualTo(4);
        // r = 2.828 (9, 9.8), 4.472 (9, 9.2), 4 (9, 9.4), 2 (10, 10.2, inner ten)
        assertThat(s.total()).isEqualTo(37);
        assertThat(s.decimalTotal()).isEqualTo(38.6);
        assertThat(s.averageScore()).isEqualTo(9.25);
        assertThat(s.averageDecimal()).isCloseTo(9.65, within(1e-12));
        assertThat(s.innerTens()).isEqualTo(1);
        assertThat(s.mpiXMm()).isCloseTo(3, within(1e-12));
        assertThat(s.mpiYMm()).isCloseTo(-1, within(1e-12));
        assertThat(s.mpiOffsetMm()).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(s.meanRadiusMm()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(s.extremeSpreadMm()).isCloseTo(2 * Math.sqrt(2), within(1e-12));
        assertThat(s.sdXMm()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(s.seriesTotals()).containsExactly(27, 10);
    }

    @Test
    void oneShotHasNoSpread() {
        SeriesStatistics s = SeriesStatistics.of(List.of(ScoredShot.of(TargetType.AIR_PISTOL_10M, 10, 0)), 10);

        assertThat(s.total()).isEqualTo(9);
        assertThat(s.extremeSpreadMm()).isZero();
        assertThat(s.meanRadiusMm()).isZero();
        assertThat(s.sdXMm()).isZero();
        assertThat(s.seriesTotals()).containsExactly(9);
    }

    @Test
    void noShotsIsAnError() {
        assertThatThrownBy(() -> SeriesStatistics.of(List.of(), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no shots to summarise");
    }
}
