package org.steadyhand.analysis.hrv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the committed CSV vectors made by make_hrv_reference.py. */
final class HrvReference {
    private HrvReference() {}

    /** Data rows (no comments, no header) split at commas. */
    static List<String[]> rows(String resource) {
        try (InputStream in = HrvReference.class.getResourceAsStream(resource)) {
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

    /** An RR file (header rr_ms) as an array. */
    static double[] rr(String resource) {
        return rows(resource).stream()
                .mapToDouble(r -> Double.parseDouble(r[0]))
                .toArray();
    }
}
