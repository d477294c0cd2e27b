package org.steadyhand.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.steadyhand.core.TraineeId;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.SessionStore;

/** Persists sessions in the workstation database: the store side of {@link SessionStore}. */
public final class WorkstationStore implements SessionStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final RecorderIdentity recorder = RecorderIdentity.current();

    public WorkstationStore(Database database) {
        this.database = database;
    }

    @Override
    public SessionSink begin(SessionStart start) {
        String trainee = TraineeRepository.validName(start.traineeName());
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            TraineeId traineeId = TraineeRepository.findOrCreate(connection, trainee);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO session (id, module_id, trainee_id,"
                            + " started_at, status, sources, settings, recorder_host, recorder_pid, recorder_start)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                insert.setObject(1, start.id().value());
                insert.setString(2, start.moduleId());
                insert.setObject(3, traineeId.value());
                insert.setTimestamp(4, Timestamp.from(start.startedAt()));
                insert.setString(5, SessionStatus.RECORDING.label());
                insert.setString(6, JSON.writeValueAsString(start.sources()));
                insert.setString(7, start.settingsJson());
                insert.setString(8, recorder.host());
                insert.setLong(9, recorder.pid());
                insert.setLong(10, recorder.startEpochMillis());
                insert.executeUpdate();
            }
            connection.commit();
            return new TelemetryRecorder(start.id(), database);
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException(
                    "cannot start session " + start.id() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
