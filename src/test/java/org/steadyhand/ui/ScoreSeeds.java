package org.steadyhand.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.Database;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.TraineeRepository.Hand;
import org.steadyhand.store.TraineeRepository.Profile;
import org.steadyhand.store.WorkstationStore;

/**
 * Stored sessions and scores for tests, written through the real store classes: a trainee profile,
 * a completed session per score (started at the given time) and its score, queued for the league as
 * a recording would.
 */
public final class ScoreSeeds {
    /** Pass mark of every built-in module (modules.json). */
    public static final double PASS_MARK = 70;

    private final Database database;
    private final TraineeRepository trainees;
    private final ScoreRepository scores;

    public ScoreSeeds(Database database) {
        this.database = database;
        this.trainees = new TraineeRepository(database);
        this.scores = new ScoreRepository(database);
    }

    public ScoreSeeds trainee(String name, String cohort) {
        return trainee(name, cohort, Hand.RIGHT);
    }

    public ScoreSeeds trainee(String name, String cohort, Hand hand) {
        trainees.create(new Profile(name, Optional.ofNullable(cohort), Optional.of(hand)));
        return this;
    }

    /** A completed session of {@code module} by {@code trainee} started at {@code startedAt}, scored {@code overall}. */
    public SessionId score(String trainee, String module, Instant startedAt, double overall) {
        SessionId id = SessionId.newId(startedAt.toEpochMilli());
        SessionSink sink = new WorkstationStore(database)
                .begin(new SessionStart(id, module, trainee, startedAt, List.of("sim"), "{}"));
        sink.finish(SessionStatus.COMPLETED, startedAt.plusSeconds(60), null);
        ModuleScore score = new ModuleScore(
                module, overall, Grade.of(overall), overall >= PASS_MARK, PASS_MARK, List.of(), List.of());
        scores.save(id, score, Map.of(), startedAt.plusSeconds(61));
        return id;
    }

    /**
     * A cohort practising {@code module} for {@code sessions} sessions each, two days apart from
     * {@code from}: scores rise from about 45 towards 85 at a pace that differs by trainee, with noise
     * (seeded, so every run stores the same numbers).
     */
    public void cohort(String cohort, List<String> names, String module, int sessions, Instant from, long seed) {
        Random random = new Random(seed);
        for (int t = 0; t < names.size(); t++) {
            trainee(names.get(t), cohort, t % 3 == 1 ? Hand.LEFT : Hand.RIGHT);
            double start = 40 + random.nextDouble() * 15;
            double ceiling = 72 + random.nextDouble() * 22;
            double pace = 0.15 + random.nextDouble() * 0.25;
            for (int s = 0; s < sessions; s++) {
                double learned = start + (ceiling - start) * (1 - Math.exp(-pace * s));
                double overall = Math.max(0, Math.min(100, learned + random.nextGaussian() * 4));
                Instant at = from.plus(Duration.ofDays(2L * s)).plus(Duration.ofMinutes(37L * t));
                score(names.get(t), module, at, Math.round(overall * 10) / 10.0);
            }
        }
    }
}
