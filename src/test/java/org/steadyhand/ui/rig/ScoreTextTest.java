package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;

class ScoreTextTest {
    @Test
    void namesOverallGradeOutcomeAndEachComponent() {
        ModuleScore score = new ModuleScore(
                "forceps",
                76.4,
                Grade.C,
                false,
                70,
                List.of(
                        new ComponentScore("tissue_treatment", "Tissue treatment", "m", 2.0, 80.2, 1),
                        new ComponentScore("efficiency", "Efficiency", "n", Double.NaN, Double.NaN, 1)),
                List.of("tissue_treatment"));

        assertThat(ScoreText.of(score))
                .isEqualTo("Score 76 / 100, grade C, not passed (pass mark 70) — tissue treatment 80,"
                        + " efficiency not measured.");
    }
}
