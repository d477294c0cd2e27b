package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.analysis.score.Percentile;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.session.SessionStatus;

/**
 * Session scores: one row per scored session, replaced when the session is scored again (a module
 * retuned, say). The percentile of a score among the module's stored scores is counted by the
 * database on the {@code (module_id, overall)} index, so it stays fast with many sessions.
 */
public final class ScoreRepository {
    private final Database database;

    public ScoreRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores (or replaces) the score of {@code session} with the metrics it came from, and in the
     * same transaction queues it for the league ({@link LeagueOutbox}) unless it was queued before:
     * a score is never stored without being queued, nor queued without being stored.
     */
    public void save(SessionId session, ModuleScore score, Map<String, Double> metrics, Instant computedAt) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO score (session_id, module_id, overall, passed, components, computed_at)"
                            + " KEY (session_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                merge.setObject(1, session.value());
                merge.setString(2, score.moduleId());
                merge.setDouble(3, score.overall());
                merge.setBoolean(4, score.passed());
                merge.setString(5, ScoreJson.write(score, metrics));
                merge.setTimestamp(6, Timestamp.from(computedAt));
                merge.executeUpdate();
                LeagueOutbox.enqueueScored(connection, session, score.overall(), computedAt);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot store the score of session " + session + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    public Optional<StoredScore> find(SessionId session) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT module_id, overall, passed, components, computed_at FROM score WHERE session_id = ?")) {
            select.setObject(1, session.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(ScoreJson.read(
                        row.getString(1),
                        row.getDouble(2),
                        row.getBoolean(3),
                        row.getString(4),
                        row.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the score of session " + session + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Mid-rank percentile of {@code overall} among the stored scores of {@code moduleId}, leaving
     * out {@code session}'s own; empty when there is no other score to compare with.
     */
    public OptionalDouble percentile(String moduleId, double overall, SessionId session) {
        try (Connection connection = database.connect();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FILTER (WHERE overall < ?),"
                        + " COUNT(*) FILTER (WHERE overall = ?), COUNT(*) FROM score"
                        + " WHERE module_id = ? AND session_id <> ?")) {
            count.setDouble(1, overall);
            count.setDouble(2, overall);
            count.setString(3, moduleId);
            count.setObject(4, session.value());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                long total = row.getLong(3);
                return total == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(Percentile.midRank(row.getLong(1), row.getLong(2), total));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot rank a score of module " + moduleId + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * The scores of every completed session of {@code moduleId}, oldest session first (ties by
     * session id, so the order is stable), with the trainee's name, cohort and archived flag.
     */
    public List<ModuleScoreRow> moduleScores(String moduleId) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT s.id, t.id, t.name, t.cohort,"
                        + " t.archived, s.started_at, c.overall, c.passed, c.computed_at"
                        + " FROM score c JOIN session s ON s.id = c.session_id JOIN trainee t ON t.id = s.trainee_id"
                        + " WHERE c.module_id = ? AND s.status = ? ORDER BY s.started_at, s.id")) {
            select.setString(1, moduleId);
            select.setString(2, SessionStatus.COMPLETED.label());
            try (ResultSet row = select.executeQuery()) {
                List<ModuleScoreRow> rows = new ArrayList<>();
                while (row.next()) {
                    rows.add(new ModuleScoreRow(
                            new SessionId(row.getObject(1, UUID.class)),
                            new TraineeId(row.getObject(2, UUID.class)),
                            row.getString(3),
                            Optional.ofNullable(row.getString(4)),
                            row.getBoolean(5),
                            row.getTimestamp(6).toInstant(),
                            row.getDouble(7),
                            row.getBoolean(8),
                            row.getTimestamp(9).toInstant()));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the scores of module " + moduleId + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
