package org.steadyhand.ui.devices;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.device.SampleSource;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.StoredPenArea;

/**
 * The source opened for testing on the Devices screen, with what is stored for it (read once per
 * channel, then kept up to date as the user calibrates). Confined to the view-model's background
 * thread.
 */
final class OpenSource {
    private final SeenDevice device;
    private final SampleSource source;
    private final SourcePreview preview = new SourcePreview();
    private final Map<String, Optional<DeviceCalibration>> calibrations = new HashMap<>();
    private Optional<StoredPenArea> penArea = Optional.empty();
    private Optional<double[]> firstPenCorner = Optional.empty();

    OpenSource(SeenDevice device, SampleSource source) {
        this.device = device;
        this.source = source;
    }

    SeenDevice device() {
        return device;
    }

    SampleSource source() {
        return source;
    }

    SourcePreview preview() {
        return preview;
    }

    /** The id its calibrations are stored under: see {@link DeviceCalibration#deviceIdOf}. */
    String deviceId() {
        return DeviceCalibration.deviceIdOf(source.spec());
    }

    Map<String, Optional<DeviceCalibration>> calibrations() {
        return calibrations;
    }

    Optional<StoredPenArea> penArea() {
        return penArea;
    }

    void penArea(Optional<StoredPenArea> area) {
        penArea = area;
    }

    Optional<double[]> firstPenCorner() {
        return firstPenCorner.map(double[]::clone);
    }

    void firstPenCorner(Optional<double[]> corner) {
        firstPenCorner = corner.map(double[]::clone);
    }
}
