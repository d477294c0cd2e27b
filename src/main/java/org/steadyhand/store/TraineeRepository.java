package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.TraineeId;

/** Trainee profiles. Names are unique per workstation; a trainee is created on first use. */
public final class TraineeRepository {
    private final Database database;

    public TraineeRepository(Database database) {
        this.database = database;
    }

    /** A trainee as stored. */
    public record Trainee(TraineeId id, String name, Optional<String> cohort, boolean archived) {}

    /** The id of the trainee with this name, created now if there is none. */
    public TraineeId findOrCreate(String name) {
        String clean = validName(name);
        try (Connection connection = database.connect()) {
            return findOrCreate(connection, clean);
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot look up trainee '" + clean + "': " + Database.firstLine(e.getMessage()), e);
        }
    }

    static TraineeId findOrCreate(Connection connection, String name) throws SQLException {
        Optional<TraineeId> existing = findId(connection, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        TraineeId id = TraineeId.newId(System.currentTimeMillis());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO trainee (id, name, created_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, id.value());
            insert.setString(2, name);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            // Another process created the same name a moment ago: use that one.
            return findId(connection, name).orElseThrow(() -> e);
        }
    }

    private static Optional<TraineeId> findId(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trainee WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new TraineeId(row.getObject(1, UUID.class))) : Optional.empty();
            }
        }
    }

    /** All trainees, by name. */
    public List<Trainee> list() {
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT id, name, cohort, archived FROM trainee ORDER BY name");
                ResultSet row = select.executeQuery()) {
            List<Trainee> trainees = new ArrayList<>();
            while (row.next()) {
                trainees.add(new Trainee(
                        new TraineeId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        Optional.ofNullable(row.getString(3)),
                        row.getBoolean(4)));
            }
            return trainees;
        } catch (SQLException e) {
            throw new StoreException("cannot list trainees: " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Trims and checks a trainee name typed by a user. */
    public static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new BadInputException("the trainee name is empty");
        }
        if (clean.length() > 200) {
            throw new BadInputException("the trainee name is longer than 200 characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("the trainee name contains control characters");
        }
        return clean;
    }
}
