package org.steadyhand.device.hid;

import java.util.List;
import org.steadyhand.device.DeviceException;

/** Enumerates attached USB HID devices (for the {@code devices} command and messages). */
public final class HidDevices {
    private HidDevices() {}

    /**
     * The HID devices attached now; empty when there are none (or none this user may open).
     *
     * @throws DeviceException if the HID library cannot be used on this computer
     */
    public static List<HidDeviceInfo> attached() throws DeviceException {
        return HidLibrary.attachedDevices();
    }
}
