package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;

class LeagueOutboxTest {
    private static final Instant COMPUTED = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void storingAScoreQueuesItForTheLeagueOnce() {
        try (Database database = Database.open(folder)) {
            SessionId session = completedSession(database, "forceps");
            ScoreRepository scores = new ScoreRepository(database);
            LeagueOutbox outbox = new LeagueOutbox(database);

            scores.save(session, score("forceps", 81.5), Map.of(), COMPUTED);
            scores.save(session, score("forceps", 90), Map.of(), COMPUTED.plusSeconds(60)); // rescored

            List<OutboxEntry> pending = outbox.pending(10);
            assertThat(pending).hasSize(1);
            OutboxEntry entry = pending.get(0);
            assertThat(entry.session()).isEqualTo(session);
            assertThat(entry.traineeName()).isEqualTo("alice");
            assertThat(entry.moduleId()).isEqualTo("forceps");
            assertThat(entry.overall()).isEqualTo(81.5);
            assertThat(entry.achievedAt()).isEqualTo(COMPUTED);
        }
    }

    @Test
    void aScoreThatCannotBeStoredIsNotQueued() {
        try (Database database = Database.open(folder)) {
            ScoreRepository scores = new ScoreRepository(database);
            SessionId unknown = SessionId.newId(5);

            assertThatThrownBy(() -> scores.save(unknown, score("forceps", 50), Map.of(), COMPUTED))
                    .isInstanceOf(StoreException.class); // the score row needs its session

            assertThat(new LeagueOutbox(database).counts()).isEqualTo(new LeagueOutbox.Counts(0, 0, 0));
            assertThat(scores.find(unknown)).isEmpty();
        }
    }

    @Test
    void entriesMoveFromPendingToSentOrRejectedAndSurviveReopening() {
        SessionId a = SessionId.newId(1);
        SessionId b = SessionId.newId(2);
        SessionId c = SessionId.newId(3);
        try (Database database = Database.open(folder)) {
            LeagueOutbox outbox = new LeagueOutbox(database);
            outbox.enqueueAll(List.of(entry(a), entry(b), entry(c)), COMPUTED);
            outbox.enqueue(entry(a), COMPUTED); // queued already: no second row
            outbox.markSent(a, COMPUTED);
            outbox.markRejected(b, "NOT_YOUR_TRAINEE: another workstation's", COMPUTED);
            outbox.recordFailure(c, "connection refused");
            outbox.saveLink(new LeagueOutbox.Link(URI.create("http://league:8470"), "ws-1", "r3fresh", COMPUTED));
        }
        try (Database reopened = Database.open(folder)) {
            LeagueOutbox outbox = new LeagueOutbox(reopened);

            assertThat(outbox.counts()).isEqualTo(new LeagueOutbox.Counts(1, 1, 1));
            assertThat(outbox.pending(10)).singleElement().satisfies(e -> {
                assertThat(e.session()).isEqualTo(c);
                assertThat(e.attempts()).isEqualTo(1);
            });
            assertThat(outbox.link()).hasValueSatisfying(link -> {
                assertThat(link.serverUrl()).isEqualTo(URI.create("http://league:8470"));
                assertThat(link.refreshToken()).isEqualTo("r3fresh");
            });
        }
    }

    private static OutboxEntry entry(SessionId session) {
        return new OutboxEntry(session, new TraineeId(UUID.randomUUID()), "Bo", "anti-tremor", 60, COMPUTED, 0);
    }

    private static ModuleScore score(String module, double overall) {
        return new ModuleScore(module, overall, Grade.B, overall >= 70, 70, List.of(), List.of());
    }

    private static SessionId completedSession(Database database, String module) {
        SessionId id = SessionId.newId(1000);
        SessionSink sink = new WorkstationStore(database)
                .begin(new SessionStart(id, module, "alice", Instant.ofEpochMilli(1000), List.of("sim"), "{}"));
        sink.finish(SessionStatus.COMPLETED, Instant.ofEpochMilli(2000), null);
        return id;
    }
}
