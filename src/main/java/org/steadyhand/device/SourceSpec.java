package org.steadyhand.device;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.steadyhand.core.BadInputException;

/**
 * Where samples come from, as written in {@code --source}, settings and device profiles (syntax in
 * DESIGN.md):
 *
 * <pre>
 * sim[:SEED][?skill=novice|intermediate|expert&amp;pace=realtime|fast]
 * serial:PROTOCOL:PORT[?baud=N]          PORT a system name (COM3, ttyUSB0) or a path (/dev/pts/4)
 * hid:VID:PID[:SERIAL]                   VID and PID in hexadecimal
 * hid-replay:FILE[?pace=realtime|fast]
 * serial-replay:PROTOCOL:FILE[?pace=realtime|fast]   a serial capture log (TX/RX hex lines)
 * camera:mjpeg:URL | camera:snapshot:URL | camera:folder:DIR   (the URL is taken verbatim)
 * replay:SESSION_ID[?pace=realtime|fast]
 * </pre>
 */
public sealed interface SourceSpec {
    /** The scheme before the first colon; selects the {@link SourceFactory}. */
    String scheme();

    /** The spec as the user wrote it. */
    String text();

    record Sim(String text, OptionalLong seed, Map<String, String> options) implements SourceSpec {
        public String scheme() {
            return "sim";
        }
    }

    record Serial(String text, String protocol, String port, OptionalInt baud, Map<String, String> options)
            implements SourceSpec {
        public String scheme() {
            return "serial";
        }
    }

    record Hid(String text, int vendorId, int productId, Optional<String> serialNumber) implements SourceSpec {
        public String scheme() {
            return "hid";
        }
    }

    record HidReplay(String text, Path file, Map<String, String> options) implements SourceSpec {
        public String scheme() {
            return "hid-replay";
        }
    }

    /** A captured serial byte log played through a serial protocol's decoder. */
    record SerialReplay(String text, String protocol, Path file, Map<String, String> options) implements SourceSpec {
        public String scheme() {
            return "serial-replay";
        }
    }

    record Camera(String text, String kind, String location) implements SourceSpec {
        public String scheme() {
            return "camera";
        }
    }

    record Replay(String text, String sessionId, Map<String, String> options) implements SourceSpec {
        public String scheme() {
            return "replay";
        }
    }

    /**
     * {@code text} with the values of secret options (such as an ANT+ network key, which users must
     * not see echoed or find in logs) replaced by {@code ***}.
     */
    static String withSecretsHidden(String text) {
        return text.replaceAll("(?i)((?:^|[?&\\s'])network_key=)[^&\\s']*", "$1***");
    }

    /**
     * Parses a spec.
     *
     * @throws BadInputException naming the spec (secrets hidden) and what is wrong with it
     */
    static SourceSpec parse(String text) {
        try {
            return parseShown(text);
        } catch (BadInputException e) {
            String shown = withSecretsHidden(e.getMessage());
            if (shown.equals(e.getMessage())) {
                throw e;
            }
            throw new BadInputException(shown);
        }
    }

    private static SourceSpec parseShown(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("empty source spec; try 'sim' or 'serial:mark10:/dev/ttyUSB0'");
        }
        String spec = text.trim();
        int colon = spec.indexOf(':');
        String head = colon < 0 ? stripQuery(spec) : spec.substring(0, colon);
        String rest = colon < 0 ? "" : spec.substring(colon + 1);
        return switch (head) {
            case "sim" -> parseSim(spec, colon < 0 ? spec.substring(head.length()) : rest);
            case "serial" -> parseSerial(spec, rest);
            case "hid" -> parseHid(spec, rest);
            case "hid-replay" ->
                new HidReplay(spec, Path.of(required(spec, stripQuery(rest), "a file")), options(spec, queryOf(rest)));
            case "serial-replay" -> parseSerialReplay(spec, rest);
            case "camera" -> parseCamera(spec, rest);
            case "replay" ->
                new Replay(spec, required(spec, stripQuery(rest), "a session id"), options(spec, queryOf(rest)));
            default ->
                throw new BadInputException("unknown source '" + spec
                        + "'; expected sim, serial:..., serial-replay:..., hid:..., hid-replay:..., camera:... or"
                        + " replay:...");
        };
    }

    private static SourceSpec parseSim(String spec, String rest) {
        String seedText = colonlessSeed(rest);
        OptionalLong seed = OptionalLong.empty();
        if (!seedText.isEmpty()) {
            try {
                seed = OptionalLong.of(Long.parseLong(seedText));
            } catch (NumberFormatException e) {
                throw new BadInputException(
                        "source '" + spec + "': the seed must be an integer, got '" + seedText + "'");
            }
        }
        return new Sim(spec, seed, options(spec, queryOf(rest)));
    }

    private static String colonlessSeed(String rest) {
        // For "sim?skill=x" rest is the query itself (no seed); for "sim:42?..." it is "42?...".
        return rest.startsWith("?") ? "" : stripQuery(rest);
    }

    private static SourceSpec parseSerial(String spec, String rest) {
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new BadInputException("source '" + spec + "' must look like serial:PROTOCOL:PORT[?baud=N]");
        }
        String protocol = rest.substring(0, colon);
        String portAndQuery = rest.substring(colon + 1);
        String port = required(spec, stripQuery(portAndQuery), "a port name or path");
        Map<String, String> options = options(spec, queryOf(portAndQuery));
        OptionalInt baud = OptionalInt.empty();
        if (options.containsKey("baud")) {
            try {
                int value = Integer.parseInt(options.get("baud"));
                if (value <= 0) {
                    throw new NumberFormatException();
                }
                baud = OptionalInt.of(value);
            } catch (NumberFormatException e) {
                throw new BadInputException(
                        "source '" + spec + "': baud must be a positive integer, got '" + options.get("baud") + "'");
            }
        }
        return new Serial(spec, protocol, port, baud, options);
    }

    private static SourceSpec parseSerialReplay(String spec, String rest) {
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new BadInputException(
                    "source '" + spec + "' must look like serial-replay:PROTOCOL:FILE[?pace=realtime|fast]");
        }
        String fileAndQuery = rest.substring(colon + 1);
        return new SerialReplay(
                spec,
                rest.substring(0, colon),
                Path.of(required(spec, stripQuery(fileAndQuery), "a capture file")),
                options(spec, queryOf(fileAndQuery)));
    }

    private static SourceSpec parseHid(String spec, String rest) {
        String[] parts = rest.split(":", 3);
        if (parts.length < 2) {
            throw new BadInputException("source '" + spec + "' must look like hid:VID:PID[:SERIAL] (hexadecimal ids)");
        }
        int vid = hex16(spec, parts[0], "vendor id");
        int pid = hex16(spec, parts[1], "product id");
        Optional<String> serial = parts.length == 3 && !parts[2].isEmpty() ? Optional.of(parts[2]) : Optional.empty();
        return new Hid(spec, vid, pid, serial);
    }

    private static SourceSpec parseCamera(String spec, String rest) {
        int colon = rest.indexOf(':');
        String kind = colon < 0 ? rest : rest.substring(0, colon);
        if (!kind.equals("mjpeg") && !kind.equals("snapshot") && !kind.equals("folder")) {
            throw new BadInputException(
                    "source '" + spec + "' must be camera:mjpeg:URL, camera:snapshot:URL or camera:folder:DIR");
        }
        return new Camera(spec, kind, required(spec, colon < 0 ? "" : rest.substring(colon + 1), "a URL or folder"));
    }

    private static int hex16(String spec, String text, String what) {
        try {
            String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
            int value = Integer.parseInt(digits, 16);
            if (value < 0 || value > 0xFFFF) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException("source '" + spec + "': " + what + " must be 4 hex digits, got '" + text + "'");
        }
    }

    private static String required(String spec, String value, String what) {
        if (value.isBlank()) {
            throw new BadInputException("source '" + spec + "' needs " + what);
        }
        return value;
    }

    private static String stripQuery(String text) {
        int q = text.indexOf('?');
        return q < 0 ? text : text.substring(0, q);
    }

    private static String queryOf(String text) {
        int q = text.indexOf('?');
        return q < 0 ? "" : text.substring(q + 1);
    }

    private static Map<String, String> options(String spec, String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return Map.of();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadInputException("source '" + spec + "': option '" + pair + "' must look like name=value");
            }
            options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return Map.copyOf(options);
    }
}
