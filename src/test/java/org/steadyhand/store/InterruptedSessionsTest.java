package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Unit;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;

class InterruptedSessionsTest {
    @TempDir
    Path dataFolder;

    @Test
    void recordingOfADeadProcessIsMarkedInterruptedAtItsLastSample() throws Exception {
        try (Database database = Database.open(dataFolder)) {
            Instant started = Instant.parse("2026-11-22T09:00:00Z");
            SessionStart start =
                    new SessionStart(SessionId.newId(1), "anti-tremor", "ivan", started, List.of("sim"), "{}");
            SessionSink sink = new WorkstationStore(database).begin(start);
            double[] values = new double[2000];
            sink.blockReceived(SampleBlock.regular(new Channel("tip_x", Unit.MILLIMETRE, 1000), 0, 1_000_000, values));
            sink.flush();
            pretendRecorderDied(database, start.id());

            int marked = new InterruptedSessions(database).markDeadRecordings();

            SessionSummary session = new SessionCatalog(database).get(start.id());
            assertThat(marked).isEqualTo(1);
            assertThat(session.status()).isEqualTo(SessionStatus.INTERRUPTED);
            assertThat(session.endedAt()).hasValue(started.plus(Duration.ofMillis(1999)));
            assertThat(session.channel("tip_x").orElseThrow().sampleCount()).isEqualTo(2000);
        }
    }

    @Test
    void recordingOfALiveProcessIsLeftAlone() {
        try (Database database = Database.open(dataFolder)) {
            SessionStart start =
                    new SessionStart(SessionId.newId(2), "forceps", "jo", Instant.now(), List.of("sim"), "{}");
            SessionSink sink = new WorkstationStore(database).begin(start);

            int marked = new InterruptedSessions(database).markDeadRecordings();

            assertThat(marked).isZero();
            assertThat(new SessionCatalog(database).get(start.id()).status()).isEqualTo(SessionStatus.RECORDING);
            sink.finish(SessionStatus.COMPLETED, Instant.now(), null);
        }
    }

    /** Points the session's recorder at a pid that cannot be running. */
    private static void pretendRecorderDied(Database database, SessionId id) throws Exception {
        try (Connection connection = database.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE session SET recorder_pid = ? WHERE id = ?")) {
            update.setLong(1, Long.MAX_VALUE);
            update.setObject(2, id.value());
            update.executeUpdate();
        }
    }
}
