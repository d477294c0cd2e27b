package org.steadyhand.analysis.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreEngineTest {
    private final ScoreEngine engine = new ScoreEngine();

    private static final ScoringPlan PLAN = new ScoringPlan(
            List.of(
                    new ScoreComponent(
                            "tremor",
                            "Tremor stability",
                            "tremor_stability",
                            2,
                            new ScoreMapping.Linear(100, 0),
                            OptionalDouble.empty()),
                    new ScoreComponent(
                            "tissue",
                            "Tissue treatment",
                            "time_above_caution_pct",
                            1,
                            new ScoreMapping.Linear(0, 10),
                            OptionalDouble.of(40))),
            70);

    @Test
    void overallIsTheWeightedMeanOfTheComponents() {
        ModuleScore score = engine.score("m", PLAN, Map.of("tremor_stability", 90.0, "time_above_caution_pct", 5.0))
                .orElseThrow();

        assertThat(score.overall()).isCloseTo((2 * 90 + 50) / 3.0, within(1e-12));
        assertThat(score.components()).extracting(ComponentScore::score).containsExactly(90.0, 50.0);
        assertThat(score.grade()).isEqualTo(Grade.C);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void aComponentBelowItsMinimumFailsAPassingOverallScore() {
        ModuleScore score = engine.score("m", PLAN, Map.of("tremor_stability", 100.0, "time_above_caution_pct", 7.0))
                .orElseThrow();

        assertThat(score.overall()).isCloseTo((200 + 30) / 3.0, within(1e-12));
        assertThat(score.failedComponents()).containsExactly("tissue");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void anUnmeasuredComponentIsLeftOutAndTheOthersCountFully() {
        ModuleScore score =
                engine.score("m", PLAN, Map.of("tremor_stability", 64.0)).orElseThrow();

        assertThat(score.overall()).isEqualTo(64.0);
        assertThat(score.components().get(1).measured()).isFalse();
        assertThat(score.passed()).isFalse();
    }

    @Test
    void nothingMeasuredGivesNoScore() {
        assertThat(engine.score("m", PLAN, Map.of("time_above_caution_pct", Double.NaN)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            100, A
            90,  A
            89.99, B
            80,  B
            70,  C
            69.9, D
            50,  D
            49.9, F
            0,   F
            """)
    void gradesFollowTheProgrammePassMarks(double overall, Grade grade) {
        assertThat(Grade.of(overall)).isEqualTo(grade);
    }

    @Test
    void midRankPercentileSplitsTies() {
        assertThat(Percentile.midRank(3, 0, 4)).isEqualTo(75.0);
        assertThat(Percentile.midRank(0, 4, 4)).isEqualTo(50.0);
        assertThat(Percentile.midRank(1, 2, 4)).isEqualTo(50.0);
        assertThat(Percentile.midRank(0, 0, 9)).isEqualTo(0.0);
    }
}
