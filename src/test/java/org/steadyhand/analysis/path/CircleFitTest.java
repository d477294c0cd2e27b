package org.steadyhand.analysis.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircleFitTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            full_lap
            three_quarters
            far_small
            """)
    void matchesNumpyLeastSquaresFit(String name) throws IOException {
        List<double[]> points = readCsv("circle_" + name + ".csv");
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        double[] expected = readReference(name);

        CircleFit fit = CircleFit.of(x, y);

        assertThat(fit.centreXMillimetres()).isCloseTo(expected[0], within(1e-9));
        assertThat(fit.centreYMillimetres()).isCloseTo(expected[1], within(1e-9));
        assertThat(fit.radiusMillimetres()).isCloseTo(expected[2], within(1e-9));
    }

    @Test
    void fitsExactPointsExactly() {
        double[] x = new double[12];
        double[] y = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.5 + 2.0 * Math.cos(i * Math.PI / 6);
            y[i] = -3.0 + 2.0 * Math.sin(i * Math.PI / 6);
        }
        CircleFit fit = CircleFit.of(x, y);
        assertThat(fit.centreXMillimetres()).isCloseTo(1.5, within(1e-12));
        assertThat(fit.centreYMillimetres()).isCloseTo(-3.0, within(1e-12));
        assertThat(fit.radiusMillimetres()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void refusesPointsOnALine() {
        assertThatThrownBy(() -> CircleFit.of(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3}))
                .hasMessageContaining("line");
        assertThatThrownBy(() -> CircleFit.of(new double[] {0, 1}, new double[] {0, 1}))
                .hasMessageContaining("at least 3 points");
    }

    private static double[] readReference(String name) throws IOException {
        for (String line : lines("circle_fit_reference.csv")) {
            String[] cells = line.split(",");
            if (cells[0].equals(name)) {
                return new double[] {
                    Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])
                };
            }
        }
        throw new AssertionError("no reference for " + name);
    }

    private static List<double[]> readCsv(String resource) throws IOException {
        return lines(resource).stream()
                .skip(1)
                .map(line ->
                        new double[] {Double.parseDouble(line.split(",")[0]), Double.parseDouble(line.split(",")[1])})
                .toList();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = CircleFitTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
