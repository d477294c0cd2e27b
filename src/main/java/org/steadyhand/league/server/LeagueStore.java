package org.steadyhand.league.server;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.steadyhand.league.LeagueScore;
import org.steadyhand.league.RankingIndex;

/**
 * The league server's own database (H2 by default, any JDBC URL; PostgreSQL tested): scores and
 * the trainees they belong to, with the schema in {@code db/league} migrated by Flyway into its own
 * history table, apart from the workstation schema. All of the server's SQL lives in this class
 * and its siblings ({@link TeamStore}, {@link PairingStore}).
 *
 * <p>Thread-safe.
 */
public final class LeagueStore implements AutoCloseable {
    /** Connections kept open; more than the 2 cores of the reference machine need. */
    private static final int POOL_SIZE = 8;
    /** Rows per commit when bulk-loading. */
    private static final int IMPORT_CHUNK = 10_000;

    /** What became of a submission. */
    public enum Outcome {
        STORED,
        /** The same submission id was stored before: a retry, acknowledged without a second row. */
        DUPLICATE,
        /** The trainee belongs to another workstation. */
        NOT_YOUR_TRAINEE
    }

    private final ConnectionPool pool;

    private LeagueStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens the database at {@code jdbcUrl} and brings its league schema up to date. */
    public static LeagueStore open(String jdbcUrl, String user, String password) {
        ConnectionPool pool = new ConnectionPool(jdbcUrl, user, password, POOL_SIZE);
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, user, password)
                    .locations("classpath:db/league")
                    .table("league_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LeagueStoreException("cannot prepare the league database " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return new LeagueStore(pool);
    }

    ConnectionPool pool() {
        return pool;
    }

    /**
     * Stores {@code score} for {@code workstationId} once: the trainee is claimed by the first
     * workstation that submits for them; a submission id seen before is a {@link Outcome#DUPLICATE}.
     */
    public Outcome submit(LeagueScore score, String workstationId, Instant receivedAt) {
        try {
            return trySubmit(score, workstationId, receivedAt);
        } catch (LeagueStoreException e) {
            if (!e.uniqueViolation()) {
                throw e;
            }
            // A concurrent request inserted the same trainee or submission first: decide again.
            return trySubmit(score, workstationId, receivedAt);
        }
    }

    private Outcome trySubmit(LeagueScore score, String workstationId, Instant receivedAt) {
        return pool.inTransaction(connection -> {
            Optional<String> owner = ownerOf(connection, score.traineeId().toString());
            if (owner.isEmpty()) {
                insertTrainee(connection, score, workstationId);
            } else if (!owner.get().equals(workstationId)) {
                return Outcome.NOT_YOUR_TRAINEE;
            } else {
                renameTrainee(connection, score);
            }
            if (exists(connection, score.submissionId().toString())) {
                return Outcome.DUPLICATE;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO league_score (submission_id,"
                    + " trainee_id, module_id, overall, achieved_at, received_at, workstation_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, score.submissionId().toString());
                insert.setString(2, score.traineeId().toString());
                insert.setString(3, score.moduleId());
                insert.setDouble(4, score.overall());
                insert.setTimestamp(5, Timestamp.from(score.achievedAt()));
                insert.setTimestamp(6, Timestamp.from(receivedAt));
                insert.setString(7, workstationId);
                insert.executeUpdate();
            }
            return Outcome.STORED;
        });
    }

    private static Optional<String> ownerOf(Connection connection, String traineeId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT workstation_id FROM league_trainee WHERE id = ?")) {
            select.setString(1, traineeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insertTrainee(Connection connection, LeagueScore score, String workstationId)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO league_trainee (id, name, workstation_id) VALUES (?, ?, ?)")) {
            insert.setString(1, score.traineeId().toString());
            insert.setString(2, score.traineeName());
            insert.setString(3, workstationId);
            insert.executeUpdate();
        }
    }

    private static void renameTrainee(Connection connection, LeagueScore score) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE league_trainee SET name = ? WHERE id = ? AND name <> ?")) {
            update.setString(1, score.traineeName());
            update.setString(2, score.traineeId().toString());
            update.setString(3, score.traineeName());
            update.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String submissionId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM league_score WHERE submission_id = ?")) {
            select.setString(1, submissionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Bulk-loads scores of new trainees into a fresh database for {@code workstationId} (benchmarks,
     * or moving a league from another server): batched, committed every {@value #IMPORT_CHUNK}
     * rows (one huge transaction makes H2's undo log grow without bound), no duplicate checks.
     */
    public void importScores(List<LeagueScore> scores, String workstationId, Instant receivedAt) {
        pool.with(connection -> {
            connection.setAutoCommit(false);
            Set<String> known = new HashSet<>();
            try (PreparedStatement trainee = connection.prepareStatement(
                            "INSERT INTO league_trainee (id, name, workstation_id) VALUES (?, ?, ?)");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO league_score (submission_id,"
                            + " trainee_id, module_id, overall, achieved_at, received_at, workstation_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (LeagueScore score : scores) {
                    String traineeId = score.traineeId().toString();
                    if (known.add(traineeId)) {
                        trainee.setString(1, traineeId);
                        trainee.setString(2, score.traineeName());
                        trainee.setString(3, workstationId);
                        trainee.executeUpdate();
                    }
                    insert.setString(1, score.submissionId().toString());
                    insert.setString(2, traineeId);
                    insert.setString(3, score.moduleId());
                    insert.setDouble(4, score.overall());
                    insert.setTimestamp(5, Timestamp.from(score.achievedAt()));
                    insert.setTimestamp(6, Timestamp.from(receivedAt));
                    insert.setString(7, workstationId);
                    insert.addBatch();
                    if (++batched % IMPORT_CHUNK == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    /** The stored trainee name, verbatim. */
    public Optional<String> traineeName(String traineeId) {
        return pool.with(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT name FROM league_trainee WHERE id = ?")) {
                select.setString(1, traineeId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** How many scores are stored, and how many under {@code submissionId} (0 or 1). */
    public long countScores() {
        return pool.with(connection -> {
            try (Statement count = connection.createStatement();
                    ResultSet row = count.executeQuery("SELECT COUNT(*) FROM league_score")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Feeds every stored score into {@code index} (at start: the index lives in memory only). */
    public void loadInto(RankingIndex index) {
        pool.with(connection -> {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only in a transaction
            try (PreparedStatement select = connection.prepareStatement("SELECT s.trainee_id, t.name, s.module_id,"
                    + " s.overall, s.achieved_at FROM league_score s JOIN league_trainee t ON t.id = s.trainee_id")) {
                select.setFetchSize(10_000);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        index.accept(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getDouble(4),
                                row.getTimestamp(5).toInstant());
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    /** The token signing key, made on first use and kept so tokens outlive a restart. */
    public byte[] signingKey() {
        return pool.inTransaction(connection -> {
            try (Statement select = connection.createStatement();
                    ResultSet row = select.executeQuery("SELECT secret FROM server_key WHERE id = 1")) {
                if (row.next()) {
                    return Base64.getDecoder().decode(row.getString(1));
                }
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO server_key (id, secret) VALUES (1, ?)")) {
                insert.setString(1, Base64.getEncoder().encodeToString(key));
                insert.executeUpdate();
            }
            return key;
        });
    }

    /** Whether the database answers. */
    public boolean healthy() {
        try {
            return pool.with(connection -> connection.isValid(2));
        } catch (LeagueStoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
