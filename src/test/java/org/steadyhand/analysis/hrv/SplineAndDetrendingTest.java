package org.steadyhand.analysis.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplineAndDetrendingTest {
    @Test
    void naturalSplineMatchesScipyCubicSplineInsideAndBeyondTheKnots() {
        List<String[]> rows = HrvReference.rows("spline_reference.csv");
        double[] x = rows.stream()
                .filter(r -> r[0].equals("knot"))
                .mapToDouble(r -> Double.parseDouble(r[1]))
                .toArray();
        double[] y = rows.stream()
                .filter(r -> r[0].equals("knot"))
                .mapToDouble(r -> Double.parseDouble(r[2]))
                .toArray();
        NaturalCubicSpline spline = new NaturalCubicSpline(x, y);
        int checked = 0;
        for (String[] row : rows) {
            if (row[0].equals("value")) {
                assertThat(spline.value(Double.parseDouble(row[1])))
                        .isCloseTo(Double.parseDouble(row[2]), within(1e-9));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(57);
    }

    @Test
    void splineThroughTwoPointsIsTheStraightLine() {
        NaturalCubicSpline spline = new NaturalCubicSpline(new double[] {1, 3}, new double[] {800, 900});

        assertThat(spline.value(2)).isCloseTo(850, within(1e-12));
        assertThat(spline.value(4)).isCloseTo(950, within(1e-12));
    }

    @Test
    void splineRejectsAbscissaeThatDoNotIncrease() {
        assertThatThrownBy(() -> new NaturalCubicSpline(new double[] {0, 1, 1}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increase");
    }

    @Test
    void linearAndSmoothnessPriorsDetrendingMatchScipy() {
        List<String[]> rows = HrvReference.rows("detrend_reference.csv");
        double[] z = rows.stream().mapToDouble(r -> Double.parseDouble(r[0])).toArray();

        double[] linear = Detrending.apply(z, HrvSettings.Detrend.LINEAR, 500);
        double[] smooth = Detrending.apply(z, HrvSettings.Detrend.SMOOTHNESS_PRIORS, 10);

        for (int i = 0; i < z.length; i++) {
            assertThat(linear[i]).isCloseTo(Double.parseDouble(rows.get(i)[1]), within(1e-9));
            assertThat(smooth[i]).isCloseTo(Double.parseDouble(rows.get(i)[2]), within(1e-8));
        }
    }

    @Test
    void smoothnessPriorsRemoveAStraightLineExactly() {
        double[] ramp = new double[100];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 800 + 2.5 * i;
        }

        double[] out = Detrending.apply(ramp, HrvSettings.Detrend.SMOOTHNESS_PRIORS, 500);

        for (double v : out) {
            assertThat(v).isCloseTo(0, within(1e-7));
        }
    }
}
