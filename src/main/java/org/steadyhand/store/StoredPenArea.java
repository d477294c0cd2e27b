package org.steadyhand.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.steadyhand.analysis.path.PenArea;

/**
 * A digitizer's working area as stored for one device.
 *
 * @param deviceId the device's canonical source spec, e.g. {@code hid:056a:0061}, 1 to 1000 characters
 * @param calibratedAt when it was set; kept to the microsecond, as the table stores it
 */
public record StoredPenArea(String deviceId, PenArea area, Instant calibratedAt) {
    public StoredPenArea {
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > 1000) {
            throw new IllegalArgumentException("'deviceId' must be 1 to 1000 characters, got '" + deviceId + "'");
        }
        if (area == null || calibratedAt == null) {
            throw new IllegalArgumentException("a stored pen area needs an area and a time");
        }
        calibratedAt = calibratedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
