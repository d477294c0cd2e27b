package org.steadyhand.device.serial;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steadyhand.core.BadInputException;

/**
 * The user's instrument profiles, parsed from the text of {@code devices.json} in the data folder
 * (reading the file is the caller's job; this class does no I/O). Format:
 *
 * <pre>
 * {
 *   "devices": [
 *     { "name": "Mark-10 gauge", "usb": "0403:6001", "serial_number": "A10K3XYZ",
 *       "protocol": "mark10", "baud": 115200, "channels": { "tip_force": "tip_force_2" } },
 *     { "name": "DIY sensor", "path": "/dev/serial/by-id/usb-Steadyhand_Sensor-if00",
 *       "protocol": "steadyhand" }
 *   ]
 * }
 * </pre>
 *
 * Each device has {@code protocol} and either {@code usb} (VID:PID, optionally narrowed by {@code
 * serial_number}) or {@code path}; optional {@code baud}, {@code data_bits}, {@code parity}, {@code
 * stop_bits} and {@code channels} (renames). Unknown keys are errors, so a typo is not silently
 * ignored. Immutable.
 */
public final class DeviceProfiles {
    /** The file's name in the data folder. */
    public static final String FILE_NAME = "devices.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> KEYS = Set.of(
            "name", "usb", "serial_number", "path", "protocol", "baud", "data_bits", "parity", "stop_bits", "channels");
    private static final Set<String> LINE_OPTIONS = Set.of("baud", "data_bits", "parity", "stop_bits");

    private final List<DeviceProfile> profiles;

    public DeviceProfiles(List<DeviceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    public static DeviceProfiles none() {
        return new DeviceProfiles(List.of());
    }

    public List<DeviceProfile> profiles() {
        return profiles;
    }

    /**
     * Parses the file's text.
     *
     * @param file the file's name or path, for messages
     * @param protocols protocol names this build knows
     * @throws BadInputException naming the file, the entry and the problem
     */
    public static DeviceProfiles parse(String text, String file, Collection<String> protocols) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BadInputException("device profiles file " + file + " is not valid JSON" + where + ": "
                    + plain(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || (root.isObject() && root.isEmpty())) {
            return none();
        }
        JsonNode devices = root.get("devices");
        if (!root.isObject() || devices == null || !devices.isArray()) {
            throw new BadInputException("device profiles file " + file + ": expected {\"devices\": [ ... ]}");
        }
        List<DeviceProfile> profiles = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            String where = "device profiles file " + file + ", devices[" + i + "]";
            try {
                profiles.add(profile(devices.get(i), protocols));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + ": " + e.getMessage());
            }
        }
        return new DeviceProfiles(profiles);
    }

    /** Jackson's message without its parser-internal location notes. */
    private static String plain(String message) {
        String first = message.lines().findFirst().orElse("");
        int note = first.indexOf(" (start marker");
        return note < 0 ? first : first.substring(0, note);
    }

    private static DeviceProfile profile(JsonNode node, Collection<String> protocols) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("each device must be an object");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'; allowed: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        String protocol =
                text(node, "protocol").orElseThrow(() -> new IllegalArgumentException("'protocol' is required"));
        if (!protocols.contains(protocol)) {
            throw new IllegalArgumentException(
                    "unknown protocol '" + protocol + "'; known protocols: " + String.join(", ", protocols));
        }
        Optional<UsbId> usb = text(node, "usb").map(UsbId::parse);
        Optional<String> path = text(node, "path");
        if (usb.isPresent() == path.isPresent()) {
            throw new IllegalArgumentException("give either 'usb' (VID:PID) or 'path', not both or neither");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : LINE_OPTIONS) {
            JsonNode value = node.get(option);
            if (value != null) {
                if (!value.isValueNode() || value.isNull()) {
                    throw new IllegalArgumentException("'" + option + "' must be a number or a word");
                }
                options.put(option, value.asText());
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        JsonNode channels = node.get("channels");
        if (channels != null) {
            if (!channels.isObject()) {
                throw new IllegalArgumentException("'channels' must map protocol channel names to new names");
            }
            channels.fields().forEachRemaining(entry -> {
                String to = entry.getValue().asText();
                if (!CHANNEL_NAME.matcher(entry.getKey()).matches()
                        || !CHANNEL_NAME.matcher(to).matches()) {
                    throw new IllegalArgumentException("channel rename '" + entry.getKey() + "' → '" + to
                            + "': names are lower case letters, digits and '_'");
                }
                renames.put(entry.getKey(), to);
            });
        }
        String name = text(node, "name").orElse(usb.map(UsbId::toString).orElseGet(path::get));
        return new DeviceProfile(name, usb, text(node, "serial_number"), path, protocol, options, renames);
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' must be a non-empty string");
        }
        return Optional.of(value.asText().strip());
    }

    /**
     * The profile that fits {@code port} best: a USB id with the same serial number before a USB
     * id alone before a path; among equals, the first in the file.
     */
    public Optional<DeviceProfile> match(SerialPortInfo port) {
        DeviceProfile best = null;
        int bestCloseness = 0;
        for (DeviceProfile profile : profiles) {
            int closeness = profile.closeness(port).orElse(0);
            if (closeness > bestCloseness) {
                best = profile;
                bestCloseness = closeness;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Paths named by profiles, for the monitor to watch (the OS does not list ptys or udev links). */
    public List<String> watchedPaths() {
        return profiles.stream()
                .flatMap(p -> p.path().stream())
                .filter(SerialPorts::isPath)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
