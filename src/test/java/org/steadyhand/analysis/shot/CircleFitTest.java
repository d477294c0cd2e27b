package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Circle fits to edge points: fixed radius on a part of the edge, free radius with an outlier. */
class CircleFitTest {
    private static List<double[]> arc(double cx, double cy, double r, double fromDegrees, double toDegrees, int n) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double a = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * k / (n - 1));
            points.add(new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
        }
        return points;
    }

    @Test
    void aQuarterArcWithTheRadiusKnownGivesTheCentre() {
        List<double[]> points = arc(3.2, -1.7, 2.25, 10, 100, 40);

        double[] fit = CircleFit.fit(points, new double[] {3.6, -1.2}, 2.25, false, 0.01);

        assertThat(fit[0]).isCloseTo(3.2, within(1e-6));
        assertThat(fit[1]).isCloseTo(-1.7, within(1e-6));
        assertThat(fit[2]).isEqualTo(2.25);
    }

    @Test
    void aFreeRadiusFitIgnoresAnEdgePointFarOff() {
        List<double[]> points = arc(-5, 4, 2.8, 0, 350, 72);
        points.add(new double[] {-5 + 4.5, 4}); // a point on a neighbouring hole's edge

        double[] fit = CircleFit.fit(points, new double[] {-4.8, 4.3}, 2.5, true, 0.01);

        assertThat(fit[0]).isCloseTo(-5, within(1e-6));
        assertThat(fit[1]).isCloseTo(4, within(1e-6));
        assertThat(fit[2]).isCloseTo(2.8, within(1e-6));
    }
}
