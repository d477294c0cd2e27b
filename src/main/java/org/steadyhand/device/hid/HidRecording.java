package org.steadyhand.device.hid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steadyhand.core.BadInputException;

/**
 * A hid-recorder file: the device's report descriptor and its recorded input reports. Both
 * dialects read: hid-tools ({@code E: 000000.003905 16 01 ...}) and the older C hid-recorder
 * ({@code D:} device lines, {@code E: 0.067830 ...}, an {@code R:} line wrapped over several lines
 * whose continuation lines carry no prefix). {@code N:} name, {@code I:} bus / vendor / product,
 * {@code P:} physical path; {@code #} lines are comments. Only one device per file is supported.
 * Immutable.
 *
 * @param name the device name, empty if the file has none
 * @param vendorId USB vendor id, 0 if the file has no {@code I:} line
 * @param productId USB product id, 0 if none
 * @param descriptor the report descriptor bytes
 * @param reports the recorded input reports in file order
 */
public record HidRecording(String name, int vendorId, int productId, byte[] descriptor, List<RecordedReport> reports) {

    /**
     * One {@code E:} line.
     *
     * @param timeNanos time since the recording started, ns
     * @param bytes the report as read from hidraw (with its report ID byte when the device uses IDs)
     */
    public record RecordedReport(long timeNanos, byte[] bytes) {}

    public HidRecording {
        reports = List.copyOf(reports);
    }

    /**
     * Reads a file.
     *
     * @throws BadInputException if it cannot be read or is not a hid-recorder file
     */
    public static HidRecording read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException("HID recording " + file + " is not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new BadInputException("cannot read HID recording " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the text of a recording.
     *
     * @param source names the text in messages (a file name)
     * @throws BadInputException naming the line and what is wrong
     */
    public static HidRecording parse(String text, String source) {
        return new RecordingParser(source).parse(text);
    }

    /** Parses the lines of one file; confined to one call. */
    private static final class RecordingParser {
        private final String source;
        private String name = "";
        private int vendorId;
        private int productId;
        private byte[] descriptor;
        private int descriptorFilled;
        private final List<RecordedReport> reports = new ArrayList<>();

        RecordingParser(String source) {
            this.source = source;
        }

        HidRecording parse(String text) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int number = i + 1;
                if (descriptor != null && descriptorFilled < descriptor.length && !hasPrefix(line)) {
                    descriptorFilled = fill(hexBytes(line, number), descriptor, descriptorFilled, number);
                    continue;
                }
                requireDescriptorComplete(number);
                String body = line.length() > 2 ? line.substring(2).strip() : "";
                switch (line.substring(0, 2)) {
                    case "R:" -> readDescriptor(body, number);
                    case "E:" -> readEvent(body, number);
                    case "N:" -> name = body;
                    case "I:" -> readIds(body, number);
                    case "P:", "D:" -> {
                        // physical path and device index: not needed
                    }
                    default ->
                        throw bad(number, "unknown line type '" + line.substring(0, Math.min(2, line.length())) + "'");
                }
            }
            requireDescriptorComplete(lines.length);
            if (descriptor == null) {
                throw new BadInputException("HID recording " + source + " has no R: (report descriptor) line");
            }
            return new HidRecording(name, vendorId, productId, descriptor, reports);
        }

        private static boolean hasPrefix(String line) {
            return line.length() >= 2 && Character.isLetter(line.charAt(0)) && line.charAt(1) == ':';
        }

        private void requireDescriptorComplete(int number) {
            if (descriptor != null && descriptorFilled < descriptor.length) {
                throw bad(number, "the R: line declares " + descriptor.length + " bytes but gives " + descriptorFilled);
            }
        }

        private void readDescriptor(String body, int number) {
            if (descriptor != null) {
                throw bad(number, "a second R: line; only one device per file is supported");
            }
            String[] parts = body.split("\\s+", 2);
            int length = count(parts[0], number, "descriptor length");
            if (length < 1) {
                throw bad(number, "the descriptor length must be at least 1");
            }
            descriptor = new byte[length];
            descriptorFilled = parts.length > 1 ? fill(hexBytes(parts[1], number), descriptor, 0, number) : 0;
        }

        private void readEvent(String body, int number) {
            String[] parts = body.split("\\s+", 3);
            if (parts.length < 2) {
                throw bad(number, "an E: line needs a time, a length and the bytes");
            }
            long timeNanos = timeNanos(parts[0], number);
            int length = count(parts[1], number, "report length");
            byte[] bytes = parts.length > 2 ? hexBytes(parts[2], number) : new byte[0];
            if (bytes.length != length) {
                throw bad(number, "the E: line declares " + length + " bytes but gives " + bytes.length);
            }
            reports.add(new RecordedReport(timeNanos, bytes));
        }

        private void readIds(String body, int number) {
            String[] parts = body.split("\\s+");
            if (parts.length < 3) {
                throw bad(number, "an I: line needs bus, vendor and product");
            }
            vendorId = hex16(parts[1], number);
            productId = hex16(parts[2], number);
        }

        private int fill(byte[] bytes, byte[] target, int from, int number) {
            if (from + bytes.length > target.length) {
                throw bad(number, "the R: line declares " + target.length + " bytes but gives more");
            }
            System.arraycopy(bytes, 0, target, from, bytes.length);
            return from + bytes.length;
        }

        private byte[] hexBytes(String text, int number) {
            String[] tokens = text.strip().split("\\s+");
            if (tokens.length == 1 && tokens[0].isEmpty()) {
                return new byte[0];
            }
            byte[] bytes = new byte[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].length() != 2
                        || Character.digit(tokens[i].charAt(0), 16) < 0
                        || Character.digit(tokens[i].charAt(1), 16) < 0) {
                    throw bad(number, "'" + tokens[i] + "' is not a hexadecimal byte");
                }
                bytes[i] = (byte) Integer.parseInt(tokens[i], 16);
            }
            return bytes;
        }

        private int count(String text, int number, String what) {
            try {
                int value = Integer.parseInt(text);
                if (value < 0 || value > 1_000_000) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(number, "the " + what + " '" + text + "' is not a byte count");
            }
        }

        private int hex16(String text, int number) {
            try {
                int value = Integer.parseInt(text, 16);
                if (value < 0 || value > 0xFFFF) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(number, "'" + text + "' is not a 16-bit hexadecimal id");
            }
        }

        /** {@code SECONDS.MICROS} (any number of fraction digits up to 9) to nanoseconds. */
        private long timeNanos(String text, int number) {
            int dot = text.indexOf('.');
            String whole = dot < 0 ? text : text.substring(0, dot);
            String fraction = dot < 0 ? "" : text.substring(dot + 1);
            if (whole.isEmpty()
                    || whole.length() > 9
                    || fraction.length() > 9
                    || !(whole + fraction).chars().allMatch(Character::isDigit)) {
                throw bad(number, "'" + text + "' is not a time in seconds");
            }
            long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
            return Long.parseLong(whole) * 1_000_000_000L + nanos;
        }

        private BadInputException bad(int number, String message) {
            return new BadInputException("HID recording " + source + ", line " + number + ": " + message);
        }
    }
}
