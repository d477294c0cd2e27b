package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISSF scoring of single shots: inward gauging on every ring line, decimals, inner tens, misses. */
class ScoredShotTest {

    @ParameterizedTest(name = "{0} at r = {1} mm scores {2} ({3})")
    @CsvSource(textBlock = """
            # target, radius mm, score, decimal, inner ten
            # 10 m air rifle: ring n's line plus the 2.25 mm gauge is at (11 - n) * 2.5 mm
            air-rifle-10m,   0.0,    10, 10.9, true
            air-rifle-10m,   1.0,    10, 10.6, true
            air-rifle-10m,   2.0,    10, 10.2, true
            air-rifle-10m,   2.01,   10, 10.1, false
            air-rifle-10m,   2.5,    10, 10.0, false
            air-rifle-10m,   2.5001,  9,  9.9, false
            air-rifle-10m,   3.7,     9,  9.5, false
            air-rifle-10m,   5.0,     9,  9.0, false
            air-rifle-10m,   5.0001,  8,  8.9, false
            air-rifle-10m,  22.5,     2,  2.0, false
            air-rifle-10m,  25.0,     1,  1.0, false
            air-rifle-10m,  25.0001,  0,  0.0, false
            # 10 m air pistol: 10 ring 11.5 mm, 8 mm steps, inner ten 5 mm: lines at 8 * (11 - n)
            air-pistol-10m,  4.75,   10, 10.4, true
            air-pistol-10m,  4.76,   10, 10.4, false
            air-pistol-10m,  8.0,    10, 10.0, false
            air-pistol-10m,  8.0001,  9,  9.9, false
            air-pistol-10m, 16.0,     9,  9.0, false
            air-pistol-10m, 16.0001,  8,  8.9, false
            air-pistol-10m, 80.0,     1,  1.0, false
            air-pistol-10m, 80.0001,  0,  0.0, false
            # 50 m rifle, .22 LR gauge 5.6 mm: 10 ring 10.4 mm, 8 mm steps, inner ten 5 mm
            rifle-50m,       5.3,    10, 10.3, true
            rifle-50m,       5.31,   10, 10.3, false
            rifle-50m,       8.0,    10, 10.0, false
            rifle-50m,       8.0001,  9,  9.9, false
            rifle-50m,      72.0,     2,  2.0, false
            rifle-50m,      80.0,     1,  1.0, false
            rifle-50m,      80.0001,  0,  0.0, false
            # 25 m pistol: 10 ring 50 mm, 25 mm steps, inner ten 25 mm, gauge 5.6 mm
            pistol-25m,      0.0,    10, 10.9, true
            pistol-25m,     15.0,    10, 10.5, true
            pistol-25m,     15.3,    10, 10.5, true
            pistol-25m,     15.31,   10, 10.4, false
            pistol-25m,     27.8,    10, 10.0, false
            pistol-25m,     27.8001,  9,  9.9, false
            pistol-25m,     52.8,     9,  9.0, false
            pistol-25m,    252.8,     1,  1.0, false
            pistol-25m,    252.8001,  0,  0.0, false
            """)
    void scoresByInwardGaugingWithTruncatedDecimals(
            String targetId, double radiusMm, int score, double decimal, boolean innerTen) {
        TargetType target = TargetType.byId(targetId).orElseThrow();
        // The same radius in four directions: scoring depends on the distance only.
        for (double angle : new double[] {0, 0.7, 2.0, -2.5}) {
            ScoredShot shot = ScoredShot.of(target, radiusMm * Math.cos(angle), radiusMm * Math.sin(angle));

            assertThat(shot.score()).as("score at angle %s", angle).isEqualTo(score);
            assertThat(shot.decimal()).as("decimal at angle %s", angle).isEqualTo(decimal);
            assertThat(shot.innerTen()).as("inner ten at angle %s", angle).isEqualTo(innerTen);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # target, ten-ring diameter, one-ring diameter (DOMAIN.md)
            air-rifle-10m,   0.5,  45.5
            air-pistol-10m, 11.5, 155.5
            rifle-50m,      10.4, 154.4
            pistol-25m,     50.0, 500.0
            """)
    void ringSizesAreThoseOfDomainMd(String targetId, double tenDiameterMm, double oneDiameterMm) {
        TargetType target = TargetType.byId(targetId).orElseThrow();

        assertThat(2 * target.ringRadiusMm(10)).isCloseTo(tenDiameterMm, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(2 * target.ringRadiusMm(1)).isCloseTo(oneDiameterMm, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void airRifleDecimalsAreFreeTargetsFormula() {
        // freETarget: 11 - r / (R10 + calibre / 2), truncated to one decimal, capped at 10.9.
        for (double r = 0; r < 25; r += 0.0137) {
            double expected = Math.min(10.9, Math.floor((11 - r / (0.25 + 2.25)) * 10 + 1e-6) / 10);

            assertThat(ScoredShot.of(TargetType.AIR_RIFLE_10M, r, 0).decimal())
                    .as("r = %s", r)
                    .isEqualTo(expected);
        }
    }

    @Test
    void unknownTargetIsEmptyAndBadPositionsAreRefused() {
        assertThat(TargetType.byId("air-shotgun")).isEmpty();
        assertThat(TargetType.byId(" Air-Rifle-10m ")).contains(TargetType.AIR_RIFLE_10M);
        assertThatThrownBy(() -> ScoredShot.of(TargetType.AIR_RIFLE_10M, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new ScoredShot(0, 0, 9, 10.2, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
    }
}
