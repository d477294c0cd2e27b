package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.steadyhand.analysis.force.ForceCalibration;

/**
 * Force calibrations kept per device and channel, so a gauge calibrated once is calibrated in every
 * later session. Saving replaces the previous calibration of that device and channel. Thread-safe:
 * every call takes its own connection.
 */
public final class DeviceCalibrations {
    private final Database database;

    public DeviceCalibrations(Database database) {
        this.database = database;
    }

    /** Stores {@code calibration}, replacing any earlier one for the same device and channel. */
    public void save(DeviceCalibration calibration) {
        try (Connection connection = database.connect();
                PreparedStatement merge = connection.prepareStatement("MERGE INTO device_calibration (device_id,"
                        + " channel_name, zero_offset, scale_mn_per_raw, reference_mass_g, raw_unit, calibrated_at)"
                        + " KEY (device_id, channel_name) VALUES (?,?,?,?,?,?,?)")) {
            merge.setString(1, calibration.deviceId());
            merge.setString(2, calibration.channelName());
            merge.setDouble(3, calibration.calibration().zeroOffset());
            merge.setDouble(4, calibration.calibration().scaleMilliNewtonsPerRawUnit());
            if (calibration.referenceMassGrams().isPresent()) {
                merge.setDouble(5, calibration.referenceMassGrams().getAsDouble());
            } else {
                merge.setNull(5, Types.DOUBLE);
            }
            merge.setString(6, calibration.rawUnit());
            merge.setTimestamp(7, Timestamp.from(calibration.calibratedAt()));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot save the calibration of " + calibration.deviceId() + " channel " + calibration.channelName()
                            + ": " + Database.firstLine(e.getMessage()),
                    e);
        }
    }

    /** Every calibrated channel of a device, by channel name. */
    public Map<String, DeviceCalibration> forDevice(String deviceId) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT channel_name FROM device_calibration WHERE device_id = ?")) {
            select.setString(1, deviceId);
            List<String> channels = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    channels.add(rows.getString(1));
                }
            }
            Map<String, DeviceCalibration> found = new TreeMap<>();
            for (String channel : channels) {
                find(deviceId, channel).ifPresent(calibration -> found.put(channel, calibration));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the calibrations of " + deviceId + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** The calibration of a device's channel, if one was saved. */
    public Optional<DeviceCalibration> find(String deviceId, String channelName) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT zero_offset, scale_mn_per_raw,"
                        + " reference_mass_g, raw_unit, calibrated_at FROM device_calibration"
                        + " WHERE device_id = ? AND channel_name = ?")) {
            select.setString(1, deviceId);
            select.setString(2, channelName);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                double mass = row.getDouble(3);
                OptionalDouble referenceMass = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(mass);
                return Optional.of(new DeviceCalibration(
                        deviceId,
                        channelName,
                        new ForceCalibration(row.getDouble(1), row.getDouble(2)),
                        referenceMass,
                        row.getString(4),
                        row.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the calibration of " + deviceId + " channel " + channelName + ": "
                            + Database.firstLine(e.getMessage()),
                    e);
        }
    }
}
