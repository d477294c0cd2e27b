package org.steadyhand.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;

/**
 * The workstation side of the league: scores queued for the league server (filled by
 * {@link ScoreRepository#save} in the score's own transaction) and the stored link to the paired
 * server. Entries stay until the server acknowledges them (SENT) or refuses them for good
 * (REJECTED), however long the workstation is offline.
 *
 * <p>Thread-safe (each call on its own connection).
 */
public final class LeagueOutbox {
    private final Database database;

    public LeagueOutbox(Database database) {
        this.database = database;
    }

    /** How many entries are in each state. */
    public record Counts(long pending, long sent, long rejected) {}

    /** The paired league server and this workstation's credentials there. */
    public record Link(URI serverUrl, String workstationId, String refreshToken, Instant pairedAt) {}

    /** Queues an entry unless its session is queued already (then nothing changes). */
    public void enqueue(OutboxEntry entry, Instant queuedAt) {
        enqueueAll(List.of(entry), queuedAt);
    }

    /**
     * Queues entries in one transaction (imports of sessions recorded before the league existed),
     * leaving sessions queued already as they are.
     */
    public void enqueueAll(List<OutboxEntry> entries, Instant queuedAt) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                insertAll(connection, entries, queuedAt);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot queue league scores", e);
        }
    }

    private static void insertAll(Connection connection, List<OutboxEntry> entries, Instant queuedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO league_outbox (session_id,"
                + " trainee_id, trainee_name, module_id, overall, achieved_at, queued_at, state)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING' FROM (VALUES 1)"
                + " WHERE NOT EXISTS (SELECT 1 FROM league_outbox WHERE session_id = ?)")) {
            for (OutboxEntry entry : entries) {
                insert.setObject(1, entry.session().value());
                insert.setObject(2, entry.trainee().value());
                insert.setString(3, entry.traineeName());
                insert.setString(4, entry.moduleId());
                insert.setDouble(5, entry.overall());
                insert.setTimestamp(6, Timestamp.from(entry.achievedAt()));
                insert.setTimestamp(7, Timestamp.from(queuedAt));
                insert.setObject(8, entry.session().value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Queues the score of {@code session} on {@code connection}, inside the caller's transaction
     * (the one storing the score); a session queued before is left as it is.
     */
    static void enqueueScored(Connection connection, SessionId session, double overall, Instant computedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO league_outbox (session_id,"
                + " trainee_id, trainee_name, module_id, overall, achieved_at, queued_at, state)"
                + " SELECT s.id, s.trainee_id, t.name, s.module_id, ?, ?, ?, 'PENDING'"
                + " FROM session s JOIN trainee t ON t.id = s.trainee_id WHERE s.id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM league_outbox WHERE session_id = ?)")) {
            insert.setDouble(1, overall);
            insert.setTimestamp(2, Timestamp.from(computedAt));
            insert.setTimestamp(3, Timestamp.from(computedAt));
            insert.setObject(4, session.value());
            insert.setObject(5, session.value());
            insert.executeUpdate();
        }
    }

    /** Up to {@code limit} pending entries, oldest first. */
    public List<OutboxEntry> pending(int limit) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT session_id, trainee_id, trainee_name,"
                        + " module_id, overall, achieved_at, attempts FROM league_outbox WHERE state = 'PENDING'"
                        + " ORDER BY queued_at, session_id FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, limit);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new OutboxEntry(
                            new SessionId(row.getObject(1, UUID.class)),
                            new TraineeId(row.getObject(2, UUID.class)),
                            row.getString(3),
                            row.getString(4),
                            row.getDouble(5),
                            row.getTimestamp(6).toInstant(),
                            row.getInt(7)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("cannot read the league outbox", e);
        }
    }

    /** The server acknowledged the entry (stored now or before). */
    public void markSent(SessionId session, Instant at) {
        finish(session, "SENT", null, at);
    }

    /** The server refused the entry for good (invalid, or not this workstation's trainee). */
    public void markRejected(SessionId session, String reason, Instant at) {
        finish(session, "REJECTED", reason, at);
    }

    private void finish(SessionId session, String state, String reason, Instant at) {
        update("UPDATE league_outbox SET state = ?, last_error = ?, done_at = ? WHERE session_id = ?", statement -> {
            statement.setString(1, state);
            statement.setString(2, reason == null ? null : truncate(reason));
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setObject(4, session.value());
        });
    }

    /** A sending attempt failed and will be retried. */
    public void recordFailure(SessionId session, String error) {
        update("UPDATE league_outbox SET attempts = attempts + 1, last_error = ? WHERE session_id = ?", statement -> {
            statement.setString(1, truncate(error));
            statement.setObject(2, session.value());
        });
    }

    public Counts counts() {
        try (Connection connection = database.connect();
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT COUNT(*) FILTER (WHERE state = 'PENDING'),"
                        + " COUNT(*) FILTER (WHERE state = 'SENT'), COUNT(*) FILTER (WHERE state = 'REJECTED')"
                        + " FROM league_outbox")) {
            row.next();
            return new Counts(row.getLong(1), row.getLong(2), row.getLong(3));
        } catch (SQLException e) {
            throw failure("cannot count the league outbox", e);
        }
    }

    public Optional<Link> link() {
        try (Connection connection = database.connect();
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(
                        "SELECT server_url, workstation_id, refresh_token, paired_at FROM league_link WHERE id = 1")) {
            return row.next()
                    ? Optional.of(new Link(
                            URI.create(row.getString(1)),
                            row.getString(2),
                            row.getString(3),
                            row.getTimestamp(4).toInstant()))
                    : Optional.empty();
        } catch (SQLException e) {
            throw failure("cannot read the league link", e);
        }
    }

    /** Stores the link to a newly paired server, replacing an earlier one. */
    public void saveLink(Link link) {
        update(
                "MERGE INTO league_link (id, server_url, workstation_id, refresh_token, paired_at) KEY (id)"
                        + " VALUES (1, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, link.serverUrl().toString());
                    statement.setString(2, link.workstationId());
                    statement.setString(3, link.refreshToken());
                    statement.setTimestamp(4, Timestamp.from(link.pairedAt()));
                });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot update the league outbox", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException(what + ": " + Database.firstLine(e.getMessage()), e);
    }
}
