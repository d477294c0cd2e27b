package org.steadyhand.league.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small fixed set of JDBC connections to the league database, reused across requests (opening a
 * PostgreSQL connection per request costs milliseconds). A connection that failed is closed, not
 * returned; a new one is opened in its place.
 *
 * <p>Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final BlockingQueue<Connection> idle;

    ConnectionPool(String url, String user, String password, int size) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Work with one connection in auto-commit mode. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T with(Work<T> work) {
        Connection connection = borrow();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            healthy = isUniqueViolation(e);
            throw new LeagueStoreException(e);
        } finally {
            giveBack(connection, healthy);
        }
    }

    /** Work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work) {
        return with(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private Connection borrow() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            return open();
        } catch (SQLException e) {
            throw new LeagueStoreException(e);
        }
    }

    private void giveBack(Connection connection, boolean healthy) {
        if (!healthy || !idle.offer(connection)) {
            closeQuietly(connection);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken; nothing more to release.
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = pollQuietly()) != null) {
            closeQuietly(connection);
        }
    }

    private Connection pollQuietly() {
        try {
            return idle.poll(0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
