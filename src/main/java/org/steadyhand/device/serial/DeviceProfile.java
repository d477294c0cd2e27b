package org.steadyhand.device.serial;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of the user's {@code devices.json}: how to recognise an instrument's port and what to
 * open it with.
 *
 * @param name what the user calls the instrument, e.g. {@code Mark-10 on the left arm}
 * @param usbId the adapter's USB vendor and product id; empty when matched by path
 * @param serialNumber the adapter's USB serial number, to tell identical adapters apart; empty to
 *     match any adapter with {@code usbId}
 * @param path a port name or path (e.g. {@code /dev/serial/by-id/usb-FTDI_...}); empty when matched
 *     by USB id
 * @param protocol the serial protocol's name
 * @param options spec options ({@code baud}, {@code data_bits}, {@code parity}, {@code stop_bits})
 * @param renames protocol channel name → name in the session
 */
public record DeviceProfile(
        String name,
        Optional<UsbId> usbId,
        Optional<String> serialNumber,
        Optional<String> path,
        String protocol,
        Map<String, String> options,
        Map<String, String> renames) {
    public DeviceProfile {
        if (usbId.isPresent() == path.isPresent()) {
            throw new IllegalArgumentException("a device profile matches by USB id or by path, exactly one of them");
        }
        if (serialNumber.isPresent() && usbId.isEmpty()) {
            throw new IllegalArgumentException("a serial number only narrows a USB id match");
        }
        options = Map.copyOf(options);
        renames = Map.copyOf(renames);
    }

    /** How closely this profile matches {@code port}; empty if it does not. Higher is closer. */
    Optional<Integer> closeness(SerialPortInfo port) {
        if (path.isPresent()) {
            return port.isNamed(path.get()) ? Optional.of(1) : Optional.empty();
        }
        if (port.usbId().isEmpty() || !port.usbId().equals(usbId)) {
            return Optional.empty();
        }
        if (serialNumber.isEmpty()) {
            return Optional.of(2);
        }
        return serialNumber.equals(port.serialNumber()) ? Optional.of(3) : Optional.empty();
    }

    /**
     * The source spec that opens this instrument on {@code port}: {@code
     * serial:PROTOCOL:PORT[?options&rename=...]}, with the path the user gave, else the OS path.
     */
    public String specFor(SerialPortInfo port) {
        Map<String, String> query = new LinkedHashMap<>(new TreeMap<>(options));
        if (!renames.isEmpty()) {
            StringBuilder renameText = new StringBuilder();
            new TreeMap<>(renames)
                    .forEach((from, to) -> renameText
                            .append(renameText.isEmpty() ? "" : ",")
                            .append(from)
                            .append(':')
                            .append(to));
            query.put("rename", renameText.toString());
        }
        StringBuilder spec = new StringBuilder("serial:" + protocol + ":" + path.orElse(port.path()));
        String separator = "?";
        for (Map.Entry<String, String> option : query.entrySet()) {
            spec.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = "&";
        }
        return spec.toString();
    }
}
