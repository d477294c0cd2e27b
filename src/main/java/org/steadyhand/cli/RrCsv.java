package org.steadyhand.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.steadyhand.core.BadInputException;

/**
 * An RR interval file: a header {@code rr_ms}, then one interval in milliseconds per line; blank
 * lines and {@code #} comments are skipped, a trailing CR is tolerated. Values are returned as
 * written (0 or 10000 included): judging them is the analysis's job, which counts them.
 */
final class RrCsv {
    static final String HEADER = "rr_ms";

    private RrCsv() {}

    /**
     * @throws BadInputException naming the file (and line) if it cannot be read, has another
     *     header, text where a number belongs, or no interval at all
     */
    static double[] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(file + " is not UTF-8 text", e);
        }
        double[] values = new double[lines.size()];
        int count = 0;
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new BadInputException(file + " line " + (i + 1) + ": expected the header '" + HEADER
                            + "', got '" + cut(line) + "'");
                }
                header = true;
                continue;
            }
            try {
                values[count++] = Double.parseDouble(line);
            } catch (NumberFormatException e) {
                throw new BadInputException(
                        file + " line " + (i + 1) + ": '" + cut(line) + "' is not an RR interval in ms");
            }
        }
        if (count == 0) {
            throw new BadInputException(file + " holds no RR intervals (header '" + HEADER + "', one per line)");
        }
        return java.util.Arrays.copyOf(values, count);
    }

    private static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
