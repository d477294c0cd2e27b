package org.steadyhand.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

/**
 * An H2 data source that waits out another process's hold on the database file. With several
 * processes on one data folder (GUI, commands), H2's automatic mixed mode hands the file from one
 * process to another; during a hand-over, opening fails for a moment with a lock error. This source
 * retries those errors for up to {@code patience}; any other error is reported at once. Used for
 * every connection, Flyway's included.
 *
 * <p>The pauses are 1 to 2.5 s, randomised: H2 treats a lock file touched within the last 2 s as
 * in use, and each attempt touches it, so waiters retrying faster than that keep each other out.
 */
final class PatientDataSource implements DataSource {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(PatientDataSource.class);
    /** H2 errors that mean "another process is opening or handing over the file right now". */
    private static final Set<Integer> LOCK_CONTENTION = Set.of(
            ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1);

    private final JdbcDataSource h2;
    private final Duration patience;
    private final Random jitter = new Random();

    PatientDataSource(JdbcDataSource h2, Duration patience) {
        this.h2 = h2;
        this.patience = patience;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return h2.getConnection();
            } catch (SQLException e) {
                if (!LOCK_CONTENTION.contains(e.getErrorCode()) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.info("the database file is being handed over by another process; retrying: {}", e.getMessage());
                LockSupport.parkNanos(
                        Duration.ofMillis(1_000 + jitter.nextInt(1_500)).toNanos());
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the workstation database has one fixed user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The patience set at construction governs waiting.
    }

    @Override
    public int getLoginTimeout() {
        return (int) patience.toSeconds();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("logging goes through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
