package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;

class ScoreRepositoryTest {
    @TempDir
    Path folder;

    private static final Instant COMPUTED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void storedScoreReadsBackWithComponentsMetricsAndNotMeasuredValues() {
        SessionId session;
        try (Database database = Database.open(folder)) {
            session = session(database, 1, "forceps");
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("peak_force_mn", 8.25);
            metrics.put("lap_time_s", Double.NaN);
            ModuleScore score = new ModuleScore(
                    "forceps",
                    72.5,
                    Grade.C,
                    false,
                    70,
                    List.of(
                            new ComponentScore("force_control", "Force control", "peak_force_mn", 8.25, 62.5, 0.2),
                            new ComponentScore("efficiency", "Efficiency", "lap_time_s", Double.NaN, Double.NaN, 1)),
                    List.of("injury_risk"));

            new ScoreRepository(database).save(session, score, metrics, COMPUTED);
        }
        try (Database reopened = Database.open(folder)) {
            StoredScore stored = new ScoreRepository(reopened).find(session).orElseThrow();

            assertThat(stored.score().overall()).isEqualTo(72.5);
            assertThat(stored.score().grade()).isEqualTo(Grade.C);
            assertThat(stored.score().passed()).isFalse();
            assertThat(stored.score().failedComponents()).containsExactly("injury_risk");
            assertThat(stored.score().components().get(0).score()).isEqualTo(62.5);
            assertThat(stored.score().components().get(1).measured()).isFalse();
            assertThat(stored.metrics()).containsEntry("peak_force_mn", 8.25);
            assertThat(stored.metrics().get("lap_time_s")).isNaN();
            assertThat(stored.computedAt()).isEqualTo(COMPUTED);
        }
    }

    @Test
    void percentileCountsTheOtherScoresOfTheSameModule() {
        try (Database database = Database.open(folder)) {
            ScoreRepository scores = new ScoreRepository(database);
            double[] overall = {40, 60, 60, 80, 95};
            for (int i = 0; i < overall.length; i++) {
                scores.save(
                        session(database, 10 + i, "anti-tremor"), score("anti-tremor", overall[i]), Map.of(), COMPUTED);
            }
            SessionId other = session(database, 30, "forceps");
            scores.save(other, score("forceps", 10), Map.of(), COMPUTED);
            SessionId mine = session(database, 40, "anti-tremor");
            scores.save(mine, score("anti-tremor", 60), Map.of(), COMPUTED);

            // Among 40, 60, 60, 80, 95: one below, two equal -> (1 + 1) / 5.
            assertThat(scores.percentile("anti-tremor", 60, mine)).hasValue(40.0);
            assertThat(scores.percentile("anti-tremor", 99, mine)).hasValue(100.0);
            assertThat(scores.percentile("forceps", 10, other)).isEmpty();
        }
    }

    @Test
    void moduleScoresListCompletedSessionsOfTheModuleOldestFirstWithTheirTrainee() {
        try (Database database = Database.open(folder)) {
            ScoreRepository scores = new ScoreRepository(database);
            new TraineeRepository(database)
                    .create(new TraineeRepository.Profile(
                            "trainee", java.util.Optional.of("Fellows"), java.util.Optional.empty()));
            SessionId later = session(database, 5_000, "forceps");
            SessionId earlier = session(database, 2_000, "forceps");
            scores.save(later, score("forceps", 81.5), Map.of(), COMPUTED);
            scores.save(earlier, score("forceps", 64), Map.of(), COMPUTED);
            scores.save(session(database, 3_000, "anti-tremor"), score("anti-tremor", 90), Map.of(), COMPUTED);

            List<ModuleScoreRow> rows = scores.moduleScores("forceps");

            assertThat(rows).extracting(ModuleScoreRow::session).containsExactly(earlier, later);
            assertThat(rows).extracting(ModuleScoreRow::overall).containsExactly(64.0, 81.5);
            assertThat(rows).extracting(ModuleScoreRow::passed).containsExactly(false, true);
            assertThat(rows.get(0).startedAt()).isEqualTo(Instant.ofEpochMilli(2_000));
            assertThat(rows.get(0).traineeName()).isEqualTo("trainee");
            assertThat(rows.get(0).cohort()).contains("Fellows");
            assertThat(rows.get(0).computedAt()).isEqualTo(COMPUTED);
            assertThat(scores.moduleScores("capsulorhexis")).isEmpty();
        }
    }

    private static ModuleScore score(String module, double overall) {
        return new ModuleScore(module, overall, Grade.of(overall), overall >= 70, 70, List.of(), List.of());
    }

    private static SessionId session(Database database, long millis, String module) {
        SessionId id = SessionId.newId(millis);
        SessionSink sink = new WorkstationStore(database)
                .begin(new SessionStart(id, module, "trainee", Instant.ofEpochMilli(millis), List.of("sim"), "{}"));
        sink.finish(SessionStatus.COMPLETED, Instant.ofEpochMilli(millis + 1000), null);
        return id;
    }
}
