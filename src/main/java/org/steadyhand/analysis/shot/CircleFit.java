package org.steadyhand.analysis.shot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Least-squares circle through edge points (geometric distance, Gauss-Newton), with the radius
 * free or fixed, and points off by more than three robust standard deviations dropped. Stateless.
 */
final class CircleFit {
    private static final int ITERATIONS = 8;

    private CircleFit() {}

    /**
     * Centre {x, y} (and the radius as a third element) of the circle through {@code points},
     * starting at {@code start}; {@code radius} is fixed unless {@code free}. {@code floor} is the
     * smallest rejection threshold (a fraction of a pixel, in the points' units).
     */
    static double[] fit(List<double[]> points, double[] start, double radius, boolean free, double floor) {
        double cx = start[0];
        double cy = start[1];
        double r = radius;
        boolean[] use = new boolean[points.size()];
        Arrays.fill(use, true);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] res = new double[points.size()];
            for (int i = 0; i < res.length; i++) {
                double[] p = points.get(i);
                res[i] = Math.hypot(p[0] - cx, p[1] - cy) - r;
            }
            if (it >= 2) {
                double[] abs = Arrays.stream(res).map(Math::abs).toArray();
                double[] sorted = abs.clone();
                Arrays.sort(sorted);
                double limit = Math.max(3 * 1.4826 * sorted[sorted.length / 2], 0.1 * floor);
                for (int i = 0; i < res.length; i++) {
                    use[i] = abs[i] <= limit;
                }
            }
            int n = free ? 3 : 2;
            double[][] jtj = new double[n][n];
            double[] jtr = new double[n];
            for (int i = 0; i < res.length; i++) {
                if (!use[i]) {
                    continue;
                }
                double[] p = points.get(i);
                double d = Math.max(Math.hypot(p[0] - cx, p[1] - cy), 1e-12);
                double[] j = {-(p[0] - cx) / d, -(p[1] - cy) / d, -1};
                for (int a = 0; a < n; a++) {
                    jtr[a] += j[a] * res[i];
                    for (int b = 0; b < n; b++) {
                        jtj[a][b] += j[a] * j[b];
                    }
                }
            }
            Optional<double[]> step = Linear.solve(jtj, jtr);
            if (step.isEmpty()) {
                break;
            }
            cx -= step.get()[0];
            cy -= step.get()[1];
            if (free) {
                r -= step.get()[2];
            }
        }
        return new double[] {cx, cy, r};
    }
}
