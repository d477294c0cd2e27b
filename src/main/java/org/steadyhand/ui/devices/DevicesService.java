package org.steadyhand.ui.devices;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.analysis.path.PenArea;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.StoredPenArea;

/**
 * What the Devices screen needs from the rest of the application; the composition root implements
 * it over the serial and HID enumerations, the device profiles file, the source registry and the
 * store. Every method may block (enumeration, file and database I/O) and is called off the FX thread;
 * implementations are thread-safe.
 */
public interface DevicesService {
    /**
     * The sources seen now: serial ports (with the matching profile), HID devices, configured
     * cameras and the simulated rig.
     *
     * @throws DeviceException if an enumeration fails as a whole (the listing then shows why)
     */
    List<SeenDevice> scan() throws DeviceException;

    /**
     * Opens (but does not start) the source {@code spec} names.
     *
     * @throws org.steadyhand.core.BadInputException if the spec is malformed or of an unknown kind
     */
    SampleSource open(String spec);

    /** Input the source dropped so far (malformed frames, bad lines), 0 for sources that do not count. */
    long droppedInput(SampleSource source);

    Optional<DeviceCalibration> calibration(String deviceId, String channelName);

    void saveCalibration(DeviceCalibration calibration);

    Optional<StoredPenArea> penArea(String deviceId);

    void savePenArea(String deviceId, PenArea area);

    /**
     * Replaces the channel renames of the {@code devices.json} profile named {@code profile}.
     *
     * @param renames protocol channel name → rig channel name
     * @throws org.steadyhand.core.BadInputException if there is no such profile or a name is invalid
     */
    void saveRenames(String profile, Map<String, String> renames);
}
