package org.steadyhand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's embedded H2 database file {@code steadyhand.mv.db} in the data folder, with its
 * schema brought up to date by Flyway on open.
 *
 * <p>{@code AUTO_SERVER=TRUE} lets a second process (the command line while the GUI runs) use the
 * same file through the first one. When that first process exits, the others' connections break;
 * they reconnect explicitly (the recorder keeps its data until a commit succeeds) rather than
 * through H2's {@code AUTO_RECONNECT}, which can move the rest of a transaction onto a new session
 * and commit only part of it. Connections come from a {@link PatientDataSource}, which waits out
 * the hand-over of the file for up to {@link #OPEN_PATIENCE}.
 *
 * <p>{@code WRITE_DELAY=100} bounds how long a commit may sit in memory before reaching the file,
 * so a killed process loses at most the last commit period plus 0.1 s.
 *
 * <p>Thread-safe; each caller takes its own connection.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "steadyhand";
    /** How long to keep trying while another process holds the file lock in a hand-over. */
    static final Duration OPEN_PATIENCE = Duration.ofSeconds(30);
    /** Schema migration attempts: a migration can be cut off when the process serving the file exits. */
    private static final int MIGRATION_ATTEMPTS = 3;

    private final Path directory;
    private final PatientDataSource dataSource;
    /** Held open for the lifetime of this object so H2 keeps the database open between calls. */
    private final Connection keepAlive;

    private Database(Path directory, PatientDataSource dataSource, Connection keepAlive) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.keepAlive = keepAlive;
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and migrates its schema.
     *
     * @throws StoreException with a plain message if the folder or file cannot be used
     */
    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve(FILE_NAME) + ";AUTO_SERVER=TRUE;WRITE_DELAY=100");
        h2.setUser("steadyhand");
        h2.setPassword("");
        PatientDataSource dataSource = new PatientDataSource(h2, OPEN_PATIENCE);
        Connection keepAlive = connect(dataSource, directory);
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                break;
            } catch (FlywayException e) {
                if (attempt == MIGRATION_ATTEMPTS) {
                    closeQuietly(keepAlive);
                    throw new StoreException(
                            "cannot update the database schema in " + directory + ": " + firstLine(e.getMessage()), e);
                }
                LOG.warn("schema check in {} failed (attempt {}), retrying: {}", directory, attempt, e.getMessage());
            }
        }
        LOG.info("database open in {}", directory);
        return new Database(directory, dataSource, keepAlive);
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() {
        return connect(dataSource, directory);
    }

    private static Connection connect(PatientDataSource dataSource, Path directory) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database in " + directory + ": " + firstLine(e.getMessage()), e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** Size of the database file in bytes (0 if not yet written). */
    public long fileSizeBytes() {
        try {
            Path file = directory.resolve(FILE_NAME + ".mv.db");
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the database connection failed: {}", e.getMessage());
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
