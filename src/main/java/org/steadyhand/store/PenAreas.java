package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.steadyhand.analysis.path.PenArea;

/**
 * Digitizer working areas kept per device (schema V6), so a tablet set up once keeps its area in
 * later sessions, as {@link DeviceCalibrations} does for force. Saving replaces the previous area.
 * Thread-safe: every call takes its own connection.
 */
public final class PenAreas {
    private final Database database;

    public PenAreas(Database database) {
        this.database = database;
    }

    public void save(StoredPenArea stored) {
        try (Connection connection = database.connect();
                PreparedStatement merge = connection.prepareStatement("MERGE INTO pen_area (device_id, left_mm, top_mm,"
                        + " right_mm, bottom_mm, calibrated_at) KEY (device_id) VALUES (?,?,?,?,?,?)")) {
            merge.setString(1, stored.deviceId());
            merge.setDouble(2, stored.area().leftMm());
            merge.setDouble(3, stored.area().topMm());
            merge.setDouble(4, stored.area().rightMm());
            merge.setDouble(5, stored.area().bottomMm());
            merge.setTimestamp(6, Timestamp.from(stored.calibratedAt()));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot save the pen area of " + stored.deviceId() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** The working area of a device, if one was saved. */
    public Optional<StoredPenArea> find(String deviceId) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT left_mm, top_mm, right_mm, bottom_mm, calibrated_at FROM pen_area WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredPenArea(
                        deviceId,
                        new PenArea(row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4)),
                        row.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the pen area of " + deviceId + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
