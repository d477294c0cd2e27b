package org.steadyhand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * same file through the first one. {@code WRITE_DELAY=100} bounds how long a commit may sit in
 * memory before reaching the file, so a killed process loses at most the last commit period plus
 * 0.1 s.
 *
 * <p>Thread-safe; each caller takes its own connection.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "steadyhand";

    private final Path directory;
    private final JdbcDataSource dataSource;
    /** Held open for the lifetime of this object so H2 keeps the database open between calls. */
    private final Connection keepAlive;

    private Database(Path directory, JdbcDataSource dataSource, Connection keepAlive) {
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
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve(FILE_NAME) + ";AUTO_SERVER=TRUE;WRITE_DELAY=100");
        dataSource.setUser("steadyhand");
        dataSource.setPassword("");
        Connection keepAlive;
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database in " + directory + ": " + firstLine(e.getMessage()), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            closeQuietly(keepAlive);
            throw new StoreException(
                    "cannot update the database schema in " + directory + ": " + firstLine(e.getMessage()), e);
        }
        LOG.info("database open in {}", directory);
        return new Database(directory, dataSource, keepAlive);
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot connect to the database in " + directory + ": " + firstLine(e.getMessage()), e);
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
