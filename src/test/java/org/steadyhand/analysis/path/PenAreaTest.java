package org.steadyhand.analysis.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenAreaTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # corner 1   | corner 2     | left, top, right, bottom
            10, 20       | 160, 120     | 10, 20, 160, 120
            160, 120     | 10, 20       | 10, 20, 160, 120
            160, 20      | 10, 120      | 10, 20, 160, 120
            """, delimiter = '|')
    void twoTouchedCornersInAnyOrderGiveTheSameArea(String first, String second, String edges) {
        double[] a = numbers(first);
        double[] b = numbers(second);
        double[] e = numbers(edges);

        assertThat(PenArea.between(a[0], a[1], b[0], b[1])).isEqualTo(new PenArea(e[0], e[1], e[2], e[3]));
    }

    @Test
    void mapsTabletMillimetresSoTheTopLeftCornerIsTheOrigin() {
        PenArea area = new PenArea(10, 20, 160, 120);

        assertThat(area.mapX(10)).isEqualTo(0.0);
        assertThat(area.mapY(20)).isEqualTo(0.0);
        assertThat(area.mapX(85.5)).isEqualTo(75.5);
        assertThat(area.mapY(5)).isEqualTo(-15.0);
        assertThat(area.mapX(Double.NaN)).isNaN();
        assertThat(area.widthMm()).isEqualTo(150.0);
        assertThat(area.heightMm()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10, 20, 14, 120  | the pen area must be at least 5 mm wide and high with the first corner top-left, got 4.0 x 100.0 mm
            10, 20, 160, 10  | the pen area must be at least 5 mm wide and high with the first corner top-left, got 150.0 x -10.0 mm
            NaN, 20, 160, 120 | the pen area's edges must be numbers of millimetres
            """, delimiter = '|')
    void refusesAreasThatCannotBeAWorkingArea(String edges, String message) {
        double[] e = numbers(edges);

        assertThatThrownBy(() -> new PenArea(e[0], e[1], e[2], e[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    private static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].strip());
        }
        return values;
    }
}
