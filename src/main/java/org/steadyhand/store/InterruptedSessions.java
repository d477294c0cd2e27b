package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.session.SessionStatus;

/**
 * Finds sessions left in {@code recording} by a process that no longer runs (crash, power loss,
 * SIGKILL) and marks them {@code interrupted}, ending them at their last stored sample. Their data
 * up to the last commit stays. Run at every start.
 */
public final class InterruptedSessions {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedSessions.class);

    private final Database database;

    public InterruptedSessions(Database database) {
        this.database = database;
    }

    /** Marks dead recordings interrupted; returns how many. */
    public int markDeadRecordings() {
        try (Connection connection = database.connect()) {
            List<UUID> dead = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recorder_host, recorder_pid, recorder_start FROM session WHERE status = ?")) {
                select.setString(1, SessionStatus.RECORDING.label());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        RecorderIdentity owner =
                                new RecorderIdentity(String.valueOf(row.getString(2)), row.getLong(3), row.getLong(4));
                        if (!owner.isAlive()) {
                            dead.add(row.getObject(1, UUID.class));
                        }
                    }
                }
            }
            for (UUID id : dead) {
                markInterrupted(connection, id);
            }
            return dead.size();
        } catch (SQLException e) {
            throw new StoreException("cannot check for interrupted sessions: " + Database.firstLine(e.getMessage()), e);
        }
    }

    private static void markInterrupted(Connection connection, UUID id) throws SQLException {
        long lastNanos = 0;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT COALESCE(MAX(last_nanos), 0) FROM telemetry_chunk WHERE session_id = ?")) {
            last.setObject(1, id);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                lastNanos = row.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE session SET status = ?, status_message = ?,"
                + " ended_at = DATEADD(MILLISECOND, ?, started_at) WHERE id = ? AND status = ?")) {
            update.setString(1, SessionStatus.INTERRUPTED.label());
            update.setString(2, "the recording process ended unexpectedly; data up to the last commit is kept");
            update.setLong(3, Duration.ofNanos(lastNanos).toMillis());
            update.setObject(4, id);
            update.setString(5, SessionStatus.RECORDING.label());
            update.executeUpdate();
        }
        LOG.warn("session {} was cut off by a crash; marked interrupted at {} s", id, lastNanos / 1e9);
    }
}
