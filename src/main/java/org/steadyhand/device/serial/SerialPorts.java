package org.steadyhand.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The serial ports of this machine, through jSerialComm's enumeration. jSerialComm lists the
 * system's ports (USB adapters, built-in UARTs) but not pseudo-terminals or udev symlinks, so a
 * port given as a path is checked on the file system instead.
 *
 * <p>Stateless; safe from any thread (each call asks the OS afresh).
 */
public final class SerialPorts {
    /** What jSerialComm reports when a USB serial number is not known. */
    private static final String UNKNOWN = "Unknown";

    private SerialPorts() {}

    /** The ports the OS lists now, in its order. */
    public static List<SerialPortInfo> list() {
        List<SerialPortInfo> ports = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            ports.add(infoOf(port));
        }
        return List.copyOf(ports);
    }

    static SerialPortInfo infoOf(SerialPort port) {
        Optional<UsbId> usb = Optional.empty();
        int vid = port.getVendorID();
        int pid = port.getProductID();
        if (vid >= 0 && vid <= 0xFFFF && pid >= 0 && pid <= 0xFFFF) {
            usb = Optional.of(new UsbId(vid, pid));
        }
        String serial = port.getSerialNumber();
        Optional<String> serialNumber =
                serial == null || serial.equalsIgnoreCase(UNKNOWN) ? Optional.empty() : Optional.of(serial);
        String description = port.getPortDescription();
        if (description == null || description.isBlank()) {
            description = port.getDescriptivePortName();
        }
        return new SerialPortInfo(port.getSystemPortName(), port.getSystemPortPath(), description, usb, serialNumber);
    }

    /**
     * Whether a port name or path given by the user looks like a file-system path (a pty, a
     * {@code /dev/serial/by-id/...} link) rather than a system port name ({@code ttyUSB0}, {@code COM3}).
     */
    public static boolean isPath(String port) {
        return port.startsWith("/") || port.startsWith("./") || port.startsWith("../") || port.startsWith("\\\\");
    }

    /**
     * Whether {@code port} is there now: for a path, whether it exists (following symlinks, so a
     * dangling udev link counts as absent); for a name, whether the OS lists it (or, on Unix,
     * whether {@code /dev/NAME} exists).
     */
    public static boolean present(String port) {
        if (isPath(port) && !port.startsWith("\\\\")) {
            try {
                return Files.exists(Path.of(port));
            } catch (InvalidPathException e) {
                return false;
            }
        }
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (!windows && !port.contains("/") && Files.exists(Path.of("/dev", port))) {
            return true;
        }
        return list().stream().anyMatch(info -> info.isNamed(port));
    }
}
