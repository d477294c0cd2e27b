package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Placing a target face in a canvas area: scale, centre and the millimetre-to-pixel mapping. */
class TargetPaperTest {
    @Test
    void theOneRingWithAQuarterStepMarginFillsTheShorterSide() {
        // Air rifle: 1-ring radius 22.75 mm, quarter step 1.25 mm; 300 px side → (150 − 6) / 24 = 6 px/mm.
        TargetPaper paper =
                TargetPaper.fit(TargetFace.AIR_RIFLE_10M, 400, 300, 20).orElseThrow();
        assertThat(paper.pxPerMm()).isCloseTo(6.0, within(1e-12));
        assertThat(paper.xPx(10)).isCloseTo(260.0, within(1e-12));
        assertThat(paper.yPx(10)).as("y up on the target is up on screen").isCloseTo(90.0, within(1e-12));
        assertThat(paper.xPx(0)).isEqualTo(200.0);
        assertThat(paper.yPx(0)).isEqualTo(150.0);
    }

    @Test
    void aPelletIsDrawnToScaleButNeverSmallerThanTheMinimum() {
        TargetPaper rifle =
                TargetPaper.fit(TargetFace.AIR_RIFLE_10M, 300, 300, 20).orElseThrow();
        assertThat(rifle.pelletRadiusPx(3)).isCloseTo(2.25 * 6.0, within(1e-12));
        // Air pistol: 1-ring radius 77.75 mm + 4 mm margin; 100 px side → 44 / 81.75 px/mm, pellet ≈ 1.2 px.
        TargetPaper pistol =
                TargetPaper.fit(TargetFace.AIR_PISTOL_10M, 100, 100, 20).orElseThrow();
        assertThat(pistol.pxPerMm()).isCloseTo(44 / 81.75, within(1e-12));
        assertThat(pistol.pelletRadiusPx(3)).isEqualTo(3.0);
    }

    @Test
    void anAreaUnderTheMinimumSideGetsNoTarget() {
        assertThat(TargetPaper.fit(TargetFace.AIR_RIFLE_10M, 500, 19, 20)).isEmpty();
    }
}
