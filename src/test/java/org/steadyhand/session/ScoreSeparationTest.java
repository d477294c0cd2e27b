package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.score.ModuleScore;

/**
 * The score engine tells skill apart: simulated novices and experts, over several seeds, land in
 * separate score ranges for each surgical module, novices failing and experts passing.
 */
class ScoreSeparationTest {
    private static final int SEEDS = 6;
    private final SessionScorer scorer = new SessionScorer(SessionMetrics.withDefaults());

    @ParameterizedTest
    @CsvSource(textBlock = """
            # module, seconds of session time (capsulorhexis: at least one novice lap)
            anti-tremor,   30
            forceps,       40
            capsulorhexis, 30
            """)
    void novicesAndExpertsScoreInSeparateRanges(String moduleId, double seconds) throws Exception {
        TrainingModule module = ModuleCatalog.builtIn().require(moduleId);
        List<ModuleScore> novices = new ArrayList<>();
        List<ModuleScore> experts = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            novices.add(score(module, "sim:" + (1000 + seed) + "?skill=novice&pace=fast", seconds));
            experts.add(score(module, "sim:" + (2000 + seed) + "?skill=expert&pace=fast", seconds));
        }
        DoubleSummaryStatistics novice =
                novices.stream().mapToDouble(ModuleScore::overall).summaryStatistics();
        DoubleSummaryStatistics expert =
                experts.stream().mapToDouble(ModuleScore::overall).summaryStatistics();

        assertThat(expert.getMin())
                .as("expert min vs novice max: novices %s, experts %s", overall(novices), overall(experts))
                .isGreaterThan(novice.getMax() + 20);
        assertThat(novices).as("novices fail").noneMatch(ModuleScore::passed);
        assertThat(experts).as("experts pass").allMatch(ModuleScore::passed);
    }

    private ModuleScore score(TrainingModule module, String spec, double seconds) throws Exception {
        SessionTelemetry telemetry = SimulatedSession.run(module.id(), spec, seconds);
        return scorer.score(module, telemetry).orElseThrow().score();
    }

    private static List<Long> overall(List<ModuleScore> scores) {
        return scores.stream().map(s -> Math.round(s.overall())).toList();
    }
}
