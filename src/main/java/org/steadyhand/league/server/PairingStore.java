package org.steadyhand.league.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Pairing requests and paired workstations in the league database. Secrets (the pairing secret a
 * workstation polls with, its refresh token) are stored only as SHA-256 hashes.
 *
 * <p>Thread-safe.
 */
final class PairingStore {
    private final ConnectionPool pool;

    PairingStore(LeagueStore store) {
        this.pool = store.pool();
    }

    /** A workstation waiting to be approved. */
    record Request(String code, String workstationName, Instant requestedAt) {}

    void request(String code, String secretHash, String workstationName, Instant now) {
        pool.with(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pairing_request (secret_hash,"
                    + " code, workstation_name, requested_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, secretHash);
                insert.setString(2, code);
                insert.setString(3, workstationName);
                insert.setTimestamp(4, Timestamp.from(now));
                return insert.executeUpdate();
            }
        });
    }

    /** Approves the request showing {@code code}; false when no request shows it. */
    boolean approve(String code, String workstationId) {
        return pool.with(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pairing_request SET workstation_id = ? WHERE code = ? AND workstation_id IS NULL")) {
                update.setString(1, workstationId);
                update.setString(2, code);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * For an approved request: records the workstation with {@code refreshHash} and forgets the
     * request (the refresh token is handed out once); its id, or empty while not approved.
     */
    Optional<String> complete(String secretHash, String refreshHash, Instant now) {
        return pool.inTransaction(connection -> {
            String workstationId;
            String name;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT workstation_id, workstation_name FROM pairing_request WHERE secret_hash = ?")) {
                select.setString(1, secretHash);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || row.getString(1) == null) {
                        return Optional.empty();
                    }
                    workstationId = row.getString(1);
                    name = row.getString(2);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO workstation (id, name, refresh_hash, paired_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, workstationId);
                insert.setString(2, name);
                insert.setString(3, refreshHash);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM pairing_request WHERE secret_hash = ?")) {
                delete.setString(1, secretHash);
                delete.executeUpdate();
            }
            return Optional.of(workstationId);
        });
    }

    /** Whether a request with this secret exists (approved or not). */
    boolean pending(String secretHash) {
        return pool.with(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM pairing_request WHERE secret_hash = ?")) {
                select.setString(1, secretHash);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** The workstation holding this refresh token, unless revoked. */
    Optional<String> workstationByRefresh(String refreshHash) {
        return pool.with(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM workstation WHERE refresh_hash = ? AND revoked = FALSE")) {
                select.setString(1, refreshHash);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
