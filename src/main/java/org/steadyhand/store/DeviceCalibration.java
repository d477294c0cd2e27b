package org.steadyhand.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;
import org.steadyhand.analysis.force.ForceCalibration;

/**
 * A force calibration as stored for one channel of one device.
 *
 * <p>Invariants: device id and channel name non-blank (device id at most 1000 characters, the
 * channel name 64, the raw unit 32 as the table allows), reference mass finite and &gt; 0 when
 * present.
 *
 * @param deviceId the device's canonical source spec, e.g. {@code serial:mark10:/dev/ttyUSB0}
 * @param channelName the channel the calibration applies to, e.g. {@code tip_force}
 * @param calibration zero offset and scale from raw readings to mN
 * @param referenceMassGrams the known mass the calibration was made with; empty if entered by hand
 * @param rawUnit what the raw readings are, e.g. {@code counts}
 * @param calibratedAt when the calibration was made; kept to the microsecond, as the table stores it
 */
public record DeviceCalibration(
        String deviceId,
        String channelName,
        ForceCalibration calibration,
        OptionalDouble referenceMassGrams,
        String rawUnit,
        Instant calibratedAt) {
    public DeviceCalibration {
        requireText("deviceId", deviceId, 1000);
        requireText("channelName", channelName, 64);
        requireText("rawUnit", rawUnit, 32);
        if (calibration == null || referenceMassGrams == null || calibratedAt == null) {
            throw new IllegalArgumentException(
                    "a device calibration needs a calibration, a mass (or empty) and a time");
        }
        calibratedAt = calibratedAt.truncatedTo(ChronoUnit.MICROS);
        referenceMassGrams.ifPresent(grams -> {
            if (!(grams > 0) || Double.isInfinite(grams)) {
                throw new IllegalArgumentException("'referenceMassGrams' must be finite and > 0, got " + grams);
            }
        });
    }

    /**
     * The device id of a source spec: the spec without its options, so a new baud rate or channel
     * rename keeps a gauge's calibration ({@code serial:mark10:/dev/ttyUSB0?baud=9600} →
     * {@code serial:mark10:/dev/ttyUSB0}, {@code sim:7?skill=novice} → {@code sim:7}). Camera
     * specs are kept whole, as their URL may hold a query.
     */
    public static String deviceIdOf(String spec) {
        int query = spec.indexOf('?');
        return query < 0 || spec.startsWith("camera:") ? spec : spec.substring(0, query);
    }

    private static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be 1 to " + maxLength + " characters, got '" + value + "'");
        }
    }
}
