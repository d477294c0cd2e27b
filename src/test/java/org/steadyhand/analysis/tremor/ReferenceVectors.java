package org.steadyhand.analysis.tremor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the committed CSV reference vectors made by make_tremor_reference.py. */
final class ReferenceVectors {
    private ReferenceVectors() {}

    /** Data rows (no comments, no header) of a resource, split at commas. */
    static List<String[]> cells(String resource) {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows parsed as numbers. */
    static double[][] rows(String resource) {
        return cells(resource).stream()
                .map(row -> Arrays.stream(row).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    /** Column-major view: one array per column. */
    static double[][] columns(String resource) {
        double[][] rows = rows(resource);
        double[][] out = new double[rows[0].length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                out[c][r] = rows[r][c];
            }
        }
        return out;
    }
}
