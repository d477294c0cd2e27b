package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.analysis.shot.TargetType;

/**
 * The marksmanship modules are scored from their shots and the hold before them: simulated novices
 * and experts, over several seeds, land in separate ranges, novices failing and experts passing,
 * with every component measured.
 */
class MarksmanshipScoreSeparationTest {
    private static final int SEEDS = 5;
    private final SessionScorer scorer = new SessionScorer(SessionMetrics.withDefaults());

    @ParameterizedTest
    @CsvSource(textBlock = """
            # module, target face, seconds of session time (a shot every 6-10 s)
            air-rifle-10m,  AIR_RIFLE_10M,  80
            air-pistol-10m, AIR_PISTOL_10M, 80
            """)
    void novicesAndExpertsScoreInSeparateRanges(String moduleId, TargetType face, double seconds) throws Exception {
        TrainingModule module = ModuleCatalog.builtIn().require(moduleId);
        assertThat(module.target()).isEqualTo(new TaskTarget.Shoot(face));
        List<SessionScorer.ScoredSession> novices = new ArrayList<>();
        List<SessionScorer.ScoredSession> experts = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            novices.add(score(module, "sim:" + (1000 + seed) + "?skill=novice&pace=fast", seconds));
            experts.add(score(module, "sim:" + (2000 + seed) + "?skill=expert&pace=fast", seconds));
        }
        DoubleSummaryStatistics novice =
                overall(novices).stream().mapToDouble(d -> d).summaryStatistics();
        DoubleSummaryStatistics expert =
                overall(experts).stream().mapToDouble(d -> d).summaryStatistics();

        assertThat(expert.getMin())
                .as("expert min vs novice max: novices %s, experts %s", overall(novices), overall(experts))
                .isGreaterThan(novice.getMax() + 40);
        assertThat(novices).as("novices fail").noneMatch(s -> s.score().passed());
        assertThat(experts).as("experts pass").allMatch(s -> s.score().passed());
        for (SessionScorer.ScoredSession session : experts) {
            assertThat(session.score().components())
                    .extracting(ComponentScore::id)
                    .containsExactly("accuracy", "grouping", "hold_steadiness");
            Map<String, Double> metrics = session.metrics();
            assertThat(metrics.get("shot_count"))
                    .as("8-13 shots in %s s", seconds)
                    .isBetween(8.0, 13.0);
            assertThat(metrics.get("shot_total"))
                    .isBetween(9.0 * metrics.get("shot_count"), 10.0 * metrics.get("shot_count"));
            assertThat(metrics)
                    .containsKeys("extreme_spread_mm", "mpi_offset_mm", "hold_trace_1s_mm", "cant_at_shot_deg");
        }
    }

    private SessionScorer.ScoredSession score(TrainingModule module, String spec, double seconds) throws Exception {
        SessionTelemetry telemetry = SimulatedSession.run(module.id(), spec, seconds);
        return scorer.score(module, telemetry).orElseThrow();
    }

    private static List<Double> overall(List<SessionScorer.ScoredSession> sessions) {
        return sessions.stream()
                .map(SessionScorer.ScoredSession::score)
                .map(ModuleScore::overall)
                .map(v -> (double) Math.round(v))
                .toList();
    }
}
