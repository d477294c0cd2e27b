package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.SessionId;

/**
 * The instructor's note on a session (table {@code session_note}, schema V4): one text per session,
 * replaced on each save. Thread-safe (each call on its own connection).
 */
public final class SessionNotes {
    /** Longest note stored, characters (the column's size). */
    public static final int MAX_CHARACTERS = 20_000;

    private final Database database;

    public SessionNotes(Database database) {
        this.database = database;
    }

    /** A saved note. */
    public record Note(String text, Instant savedAt) {}

    public Optional<Note> find(SessionId session) {
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT text, saved_at FROM session_note WHERE session_id = ?")) {
            select.setObject(1, session.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(
                                new Note(row.getString(1), row.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the note of session " + session + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Stores {@code text} as the session's note, replacing an earlier one.
     *
     * @throws BadInputException if the text is longer than {@link #MAX_CHARACTERS}
     */
    public void save(SessionId session, String text, Instant savedAt) {
        if (text.length() > MAX_CHARACTERS) {
            throw new BadInputException(
                    "a note may have at most " + MAX_CHARACTERS + " characters, this one has " + text.length());
        }
        try (Connection connection = database.connect();
                PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO session_note (session_id, text, saved_at) KEY (session_id) VALUES (?, ?, ?)")) {
            merge.setObject(1, session.value());
            merge.setString(2, text);
            merge.setTimestamp(3, Timestamp.from(savedAt));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot save the note of session " + session + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
