package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.ui.ScoreLine;

/** The result card's texts from a module score. */
class SessionResultTest {
    private static final ModuleScore FAILED_ON_INJURY_RISK = new ModuleScore(
            "forceps",
            71.25,
            Grade.C,
            false,
            70,
            List.of(
                    new ComponentScore("stability", "Tremor stability", "tremor_stability", 81.5, 82.4, 0.3),
                    new ComponentScore("injury", "Injury risk", "time_above_danger_pct", 4.2, 12.0, 0.2),
                    new ComponentScore("tissue", "Tissue treatment", "time_above_caution_pct", 0, Double.NaN, 0.5)),
            List.of("injury"));

    @Test
    void showsScoreGradeVerdictAndStanding() {
        SessionResult result = new SessionResult(
                "Ada Lovelace", "Forceps", "completed at 05:00", FAILED_ON_INJURY_RISK, OptionalDouble.of(62.5));

        assertThat(result.headline()).isEqualTo("Ada Lovelace · Forceps · completed at 05:00");
        assertThat(result.scoreText()).isEqualTo("71.3");
        assertThat(result.gradeText()).isEqualTo("Grade C");
        assertThat(result.verdictText())
                .as("a component under its minimum fails a passing overall")
                .isEqualTo("NOT PASSED · pass mark 70");
        assertThat(result.standingText()).isEqualTo("Percentile 63 of this module's sessions");
    }

    @Test
    void listsEveryComponentWithWeightsOverTheMeasuredOnes() {
        List<ScoreLine> lines = new SessionResult(
                        "Ada", "Forceps", "completed at 05:00", FAILED_ON_INJURY_RISK, OptionalDouble.empty())
                .lines();

        // Measured weights 0.3 + 0.2: shares 60 % and 40 %; the unmeasured one has none.
        assertThat(lines).extracting(ScoreLine::weightText).containsExactly("60 %", "40 %", "—");
        assertThat(lines).extracting(ScoreLine::failsSession).containsExactly(false, true, false);
        assertThat(lines.get(2).valueText()).isEqualTo("not measured");
    }

    @Test
    void saysNothingAboutStandingWithoutOtherSessions() {
        assertThat(new SessionResult(
                                "Ada", "Forceps", "completed at 05:00", FAILED_ON_INJURY_RISK, OptionalDouble.empty())
                        .standingText())
                .isEmpty();
    }
}
