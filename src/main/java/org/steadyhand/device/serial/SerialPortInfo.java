package org.steadyhand.device.serial;

import java.util.Optional;

/**
 * A serial port as the operating system lists it (or a typed path that exists), in our terms.
 *
 * @param name system name, e.g. {@code ttyUSB0} or {@code COM3}; for a typed path, the path
 * @param path device path, e.g. {@code /dev/ttyUSB0}; on Windows the same as the name
 * @param description what the driver or USB descriptor calls the device, e.g. {@code CP2102 USB to
 *     UART Bridge Controller}; may be empty
 * @param usbId USB vendor and product id, when the port is a USB device and the OS reports them
 * @param serialNumber the USB serial number, when reported; tells two identical adapters apart
 */
public record SerialPortInfo(
        String name, String path, String description, Optional<UsbId> usbId, Optional<String> serialNumber) {
    public SerialPortInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a serial port needs a name");
        }
        path = path == null || path.isBlank() ? name : path;
        description = description == null ? "" : description.strip();
        serialNumber = serialNumber.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A port known only by a typed path (a pty, a symlink from udev). */
    public static SerialPortInfo ofPath(String path) {
        return new SerialPortInfo(path, path, "", Optional.empty(), Optional.empty());
    }

    /** Whether {@code port} (a name or a path as the user typed it) names this port. */
    public boolean isNamed(String port) {
        return name.equals(port) || path.equals(port);
    }
}
