package org.steadyhand.league.server;

import java.sql.SQLException;

/** The league database failed; the message is its first line, for logs and the 503 answer. */
public final class LeagueStoreException extends RuntimeException {
    private final boolean uniqueViolation;

    LeagueStoreException(SQLException cause) {
        super(firstLine(cause.getMessage()), cause);
        this.uniqueViolation = ConnectionPool.isUniqueViolation(cause);
    }

    LeagueStoreException(String message, Throwable cause) {
        super(message, cause);
        this.uniqueViolation = false;
    }

    /** Whether a unique key refused the row (a duplicate, not a failure of the database). */
    boolean uniqueViolation() {
        return uniqueViolation;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "database error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
