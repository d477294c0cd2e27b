package org.steadyhand.device.serial;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.SerialSettings;

/**
 * The options of a {@code serial:PROTOCOL:PORT?...} spec, applied over the protocol's defaults:
 *
 * <ul>
 *   <li>{@code baud=N} — bits per second;
 *   <li>{@code data_bits=5|6|7|8};
 *   <li>{@code parity=none|odd|even|mark|space};
 *   <li>{@code stop_bits=1|2};
 *   <li>{@code rename=OLD:NEW[,OLD:NEW...]} — store a protocol channel under another name, e.g. a
 *       second force gauge's {@code tip_force} as {@code tip_force_2};
 *   <li>the protocol's own options ({@code SerialProtocol#optionNames()}), e.g. the ANT+ {@code
 *       network_key}: passed to the protocol, never logged.
 * </ul>
 *
 * @param settings the line settings to open the port with
 * @param renames protocol channel name → name used in the session; absent names keep theirs
 * @param protocolOptions the protocol's own options by name; values may be secret
 */
public record SerialSourceOptions(
        SerialSettings settings, Map<String, String> renames, Map<String, String> protocolOptions) {
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public SerialSourceOptions {
        renames = Map.copyOf(renames);
        protocolOptions = Map.copyOf(protocolOptions);
    }

    @Override
    public String toString() {
        return "SerialSourceOptions[settings=" + settings + ", renames=" + renames + ", protocolOptions="
                + protocolOptions.keySet() + "]";
    }

    /** Reads the options of {@code spec} over {@code defaults}, for a protocol without options of its own. */
    public static SerialSourceOptions of(SourceSpec.Serial spec, SerialSettings defaults) {
        return of(spec, defaults, Set.of());
    }

    /**
     * Reads the options of {@code spec} over {@code defaults}.
     *
     * @throws BadInputException naming the spec and the option for an unknown option or a bad value
     */
    public static SerialSourceOptions of(
            SourceSpec.Serial spec, SerialSettings defaults, Set<String> protocolOptionNames) {
        SerialSettings settings = defaults;
        Map<String, String> renames = new LinkedHashMap<>();
        Map<String, String> protocolOptions = new LinkedHashMap<>();
        // Sorted, so that a spec with several bad options always reports the same one.
        for (Map.Entry<String, String> option : new TreeMap<>(spec.options()).entrySet()) {
            String value = option.getValue();
            if (protocolOptionNames.contains(option.getKey())) {
                protocolOptions.put(option.getKey(), value);
                continue;
            }
            try {
                settings = switch (option.getKey()) {
                    case "baud" -> settings.withBaud(spec.baud().orElseThrow());
                    case "data_bits" ->
                        new SerialSettings(
                                settings.baud(), Integer.parseInt(value), settings.parity(), settings.stopBits());
                    case "parity" ->
                        new SerialSettings(
                                settings.baud(),
                                settings.dataBits(),
                                SerialSettings.Parity.valueOf(value.toUpperCase(Locale.ROOT)),
                                settings.stopBits());
                    case "stop_bits" ->
                        new SerialSettings(
                                settings.baud(), settings.dataBits(), settings.parity(), Integer.parseInt(value));
                    case "rename" -> {
                        renames.putAll(parseRenames(spec.text(), value));
                        yield settings;
                    }
                    default ->
                        throw new BadInputException("source '" + spec.text() + "': unknown option '"
                                + option.getKey() + "'; serial sources take baud, data_bits, parity, stop_bits"
                                + ", rename"
                                + protocolOptionNames.stream()
                                        .sorted()
                                        .map(n -> ", " + n)
                                        .collect(java.util.stream.Collectors.joining()));
                };
            } catch (IllegalArgumentException e) {
                throw new BadInputException("source '" + spec.text() + "': bad " + option.getKey() + " '" + value + "'"
                        + explain(option.getKey()));
            }
        }
        return new SerialSourceOptions(settings, renames, protocolOptions);
    }

    private static String explain(String option) {
        return switch (option) {
            case "data_bits" -> "; expected 5, 6, 7 or 8";
            case "parity" -> "; expected none, odd, even, mark or space";
            case "stop_bits" -> "; expected 1 or 2";
            default -> "";
        };
    }

    private static Map<String, String> parseRenames(String spec, String value) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2
                    || !CHANNEL_NAME.matcher(parts[0]).matches()
                    || !CHANNEL_NAME.matcher(parts[1]).matches()) {
                throw new BadInputException("source '" + spec + "': rename '" + pair
                        + "' must look like old_name:new_name (lower case letters, digits and '_')");
            }
            renames.put(parts[0], parts[1]);
        }
        return renames;
    }
}
