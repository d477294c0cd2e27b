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

/**
 * Trainee profiles. Names are unique per workstation (exact text); a trainee is created on first
 * use by a recording, or from the Trainees screen with a cohort and dominant hand. Archived trainees
 * keep their sessions and scores but are left out of pickers. Thread-safe (one connection per call).
 */
public final class TraineeRepository {
    /** SQLSTATE of a unique-constraint violation (H2 and the SQL standard). */
    private static final String DUPLICATE_KEY = "23505";

    private final Database database;

    public TraineeRepository(Database database) {
        this.database = database;
    }

    /** A trainee as stored. */
    public record Trainee(
            TraineeId id, String name, Optional<String> cohort, Optional<Hand> dominantHand, boolean archived) {}

    /** A dominant hand; stored as the lower-case name. */
    public enum Hand {
        LEFT,
        RIGHT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<Hand> fromLabel(String label) {
            return label == null ? Optional.empty() : Optional.of(valueOf(label.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * What a user edits of a trainee, checked: the name as {@link #validName}, the cohort stripped
     * (blank means none) and at most 200 characters as the column.
     */
    public record Profile(String name, Optional<String> cohort, Optional<Hand> dominantHand) {
        public Profile {
            name = validName(name);
            cohort = cohort.map(String::strip).filter(text -> !text.isEmpty());
            if (cohort.filter(text -> text.length() > 200).isPresent()) {
                throw new BadInputException("the cohort is longer than 200 characters");
            }
            if (cohort.filter(text -> text.chars().anyMatch(Character::isISOControl))
                    .isPresent()) {
                throw new BadInputException("the cohort contains control characters");
            }
        }
    }

    /**
     * Creates a trainee.
     *
     * @throws BadInputException when a trainee of that name exists (archived ones included)
     */
    public TraineeId create(Profile profile) {
        TraineeId id = TraineeId.newId(System.currentTimeMillis());
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO trainee"
                        + " (id, name, cohort, dominant_hand, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id.value());
            insert.setString(2, profile.name());
            insert.setString(3, profile.cohort().orElse(null));
            insert.setString(4, profile.dominantHand().map(Hand::label).orElse(null));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw failure("cannot create trainee '" + profile.name() + "'", profile.name(), e);
        }
    }

    /**
     * Replaces the profile of trainee {@code id}; their sessions follow the rename.
     *
     * @throws BadInputException when another trainee has the new name, or {@code id} is unknown
     */
    public void update(TraineeId id, Profile profile) {
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE trainee SET name = ?, cohort = ?, dominant_hand = ? WHERE id = ?")) {
            update.setString(1, profile.name());
            update.setString(2, profile.cohort().orElse(null));
            update.setString(3, profile.dominantHand().map(Hand::label).orElse(null));
            update.setObject(4, id.value());
            if (update.executeUpdate() == 0) {
                throw new BadInputException("there is no trainee " + id);
            }
        } catch (SQLException e) {
            throw failure("cannot update trainee '" + profile.name() + "'", profile.name(), e);
        }
    }

    /** Archives (hides) or restores trainee {@code id}; returns whether such a trainee exists. */
    public boolean setArchived(TraineeId id, boolean archived) {
        try (Connection connection = database.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE trainee SET archived = ? WHERE id = ?")) {
            update.setBoolean(1, archived);
            update.setObject(2, id.value());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot archive trainee " + id + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    private static RuntimeException failure(String what, String name, SQLException e) {
        if (DUPLICATE_KEY.equals(e.getSQLState())) {
            return new BadInputException("a trainee named '" + name + "' already exists");
        }
        return new StoreException(what + ": " + Database.firstLine(e.getMessage()), e);
    }

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

    /** All trainees (archived ones included), by name. */
    public List<Trainee> list() {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, name, cohort, dominant_hand, archived FROM trainee ORDER BY name");
                ResultSet row = select.executeQuery()) {
            List<Trainee> trainees = new ArrayList<>();
            while (row.next()) {
                trainees.add(new Trainee(
                        new TraineeId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        Optional.ofNullable(row.getString(3)),
                        Hand.fromLabel(row.getString(4)),
                        row.getBoolean(5)));
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
