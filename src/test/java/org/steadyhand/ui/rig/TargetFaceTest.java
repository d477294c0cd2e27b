package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Shot;

class TargetFaceTest {
    @Test
    void ringSizesAreThoseOfTheIssfTargets() {
        assertThat(TargetFace.AIR_RIFLE_10M.ringRadiusMm(10)).isEqualTo(0.25);
        assertThat(TargetFace.AIR_RIFLE_10M.ringRadiusMm(1)).isEqualTo(22.75);
        assertThat(TargetFace.AIR_RIFLE_10M.blackRadiusMm()).isEqualTo(15.25);
        assertThat(TargetFace.AIR_PISTOL_10M.ringRadiusMm(10)).isEqualTo(5.75);
        assertThat(TargetFace.AIR_PISTOL_10M.ringRadiusMm(1)).isEqualTo(77.75);
        assertThat(TargetFace.AIR_PISTOL_10M.blackRadiusMm()).isEqualTo(29.75);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.0,  10
            2.5,  10
            2.51, 9
            10.0, 7
            25.0, 1
            25.1, 0
            """)
    void rifleShotsScoreByInwardGauging(double radiusMm, int expectedRing) {
        // The 4.5 mm pellet touching a ring line scores that ring: centre within R + 2.25 mm.
        assertThat(TargetFace.AIR_RIFLE_10M.ringOf(new Shot(0, radiusMm, 0))).isEqualTo(expectedRing);
    }

    @Test
    void pistolModulesGetThePistolFace() {
        assertThat(TargetFace.forModule("air-pistol-10m")).isEqualTo(TargetFace.AIR_PISTOL_10M);
        assertThat(TargetFace.forModule("air-rifle-10m")).isEqualTo(TargetFace.AIR_RIFLE_10M);
    }
}
