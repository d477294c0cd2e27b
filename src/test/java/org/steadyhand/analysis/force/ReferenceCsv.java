package org.steadyhand.analysis.force;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference CSVs next to this package's tests (made by make_force_reference.py). */
final class ReferenceCsv {
    private ReferenceCsv() {}

    /** The data rows, split on commas; the comment line and the header are skipped. */
    static List<String[]> rows(String resource) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(","));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long[] longColumn(List<String[]> rows, int column) {
        return rows.stream().mapToLong(row -> Long.parseLong(row[column])).toArray();
    }

    static double[] doubleColumn(List<String[]> rows, int column) {
        return rows.stream().mapToDouble(row -> Double.parseDouble(row[column])).toArray();
    }

    static Map<String, Double> namedValues(String resource) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String[] row : rows(resource)) {
            values.put(row[0], Double.parseDouble(row[1]));
        }
        return values;
    }
}
