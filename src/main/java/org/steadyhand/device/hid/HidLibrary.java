package org.steadyhand.device.hid;

import java.util.List;
import org.hid4java.HidDevice;
import org.hid4java.HidException;
import org.hid4java.HidServices;
import org.hid4java.HidServicesSpecification;
import org.hid4java.ScanMode;
import org.steadyhand.device.DeviceException;

/**
 * The one place that creates hid4java services. Each caller gets its own {@link HidServices}
 * instance (never hid4java's static {@code HidManager} singleton), scanning for attach / detach
 * every {@value #SCAN_INTERVAL_MILLIS} ms, with hid4java's own data reading off: sources read on
 * their own threads. Native-library failures become {@link DeviceException}s.
 */
final class HidLibrary {
    static final int SCAN_INTERVAL_MILLIS = 500;

    private HidLibrary() {}

    static HidServices open() throws DeviceException {
        HidServicesSpecification specification = new HidServicesSpecification();
        specification.setAutoStart(false);
        specification.setAutoShutdown(false);
        specification.setAutoDataRead(false);
        specification.setScanMode(ScanMode.SCAN_AT_FIXED_INTERVAL);
        specification.setScanInterval(SCAN_INTERVAL_MILLIS);
        try {
            return new HidServices(specification);
        } catch (HidException | UnsatisfiedLinkError e) {
            throw new DeviceException("cannot use USB HID devices on this computer: " + e.getMessage(), e);
        }
    }

    /** The HID devices attached now. */
    static List<HidDeviceInfo> attachedDevices() throws DeviceException {
        HidServices services = open();
        try {
            return services.getAttachedHidDevices().stream()
                    .map(HidLibrary::info)
                    .toList();
        } catch (HidException e) {
            throw new DeviceException("cannot list USB HID devices: " + e.getMessage(), e);
        } finally {
            services.shutdown();
        }
    }

    static HidDeviceInfo info(HidDevice device) {
        return new HidDeviceInfo(
                device.getVendorId() & 0xFFFF,
                device.getProductId() & 0xFFFF,
                text(device.getSerialNumber()),
                text(device.getManufacturer()),
                text(device.getProduct()),
                text(device.getPath()),
                device.getUsagePage() & 0xFFFF,
                device.getUsage() & 0xFFFF);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
