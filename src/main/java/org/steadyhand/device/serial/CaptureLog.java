package org.steadyhand.device.serial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steadyhand.core.BadInputException;

/**
 * A serial byte log as captured from a real instrument, one transfer per line:
 * {@code <seconds since start> <TX|RX> <hex bytes>}, {@code #} comments and blank lines skipped.
 * TX is host to instrument, RX instrument to host. A byte written {@code xx} was redacted (an ANT+
 * network key): the line is kept, marked, with those bytes as 0.
 *
 * @param path where it was read from
 * @param transfers the transfers in file order; times never decrease
 */
public record CaptureLog(Path path, List<Transfer> transfers) {
    /**
     * @param seconds time since the start of the capture, &gt;= 0
     * @param received true for RX (instrument to host)
     * @param bytes the transfer; owned by the record
     * @param redacted true if some bytes were {@code xx}
     * @param line line number in the file, from 1
     */
    public record Transfer(double seconds, boolean received, byte[] bytes, boolean redacted, int line) {}

    public CaptureLog {
        transfers = List.copyOf(transfers);
    }

    /** The RX transfers only. */
    public List<Transfer> received() {
        return transfers.stream().filter(Transfer::received).toList();
    }

    /**
     * Reads {@code path}.
     *
     * @throws BadInputException naming the file and line for a missing or unreadable file, a line
     *     of another shape, bad hex or times that go back; or for a log without transfers
     */
    public static CaptureLog read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read serial capture " + path + ": " + e.getMessage(), e);
        }
        List<Transfer> transfers = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Transfer transfer = parse(path, i + 1, text);
            if (transfer.seconds() < last) {
                throw new BadInputException(path + " line " + (i + 1) + ": time goes back");
            }
            last = transfer.seconds();
            transfers.add(transfer);
        }
        if (transfers.isEmpty()) {
            throw new BadInputException(path + " holds no transfers (lines '<seconds> <TX|RX> <hex bytes>')");
        }
        return new CaptureLog(path, transfers);
    }

    private static Transfer parse(Path path, int line, String text) {
        String[] parts = text.split("\\s+");
        String where = path + " line " + line + ": ";
        if (parts.length < 3) {
            throw new BadInputException(where + "expected '<seconds> <TX|RX> <hex bytes>'");
        }
        double seconds;
        try {
            seconds = Double.parseDouble(parts[0]);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + "'" + parts[0] + "' is not a time in seconds");
        }
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new BadInputException(where + "the time must be >= 0 s");
        }
        String direction = parts[1].toUpperCase(Locale.ROOT);
        if (!direction.equals("TX") && !direction.equals("RX")) {
            throw new BadInputException(where + "direction must be TX or RX, got '" + parts[1] + "'");
        }
        byte[] bytes = new byte[parts.length - 2];
        boolean redacted = false;
        for (int k = 2; k < parts.length; k++) {
            String hex = parts[k];
            if (hex.equalsIgnoreCase("xx")) {
                redacted = true;
                continue;
            }
            if (hex.length() != 2) {
                throw new BadInputException(where + "'" + hex + "' is not a hex byte");
            }
            try {
                bytes[k - 2] = (byte) Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new BadInputException(where + "'" + hex + "' is not a hex byte");
            }
        }
        return new Transfer(seconds, direction.equals("RX"), bytes, redacted, line);
    }
}
