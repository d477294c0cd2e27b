package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steadyhand.analysis.shot.RingEdges.Circle;
import org.steadyhand.analysis.shot.RingEdges.Point;
import org.steadyhand.core.GreyImage;

/**
 * Refines a rough registration (from the aiming mark's moments) to a fraction of a pixel with the
 * printed circles of the face, and adds the perspective terms.
 *
 * <p>Edge points: {@link RingEdges}.
 *
 * <p>Model: each point, taken back to the target through the registration, lies at its circle's
 * radius — the mark's radius for the mark's edge, the ring radius less an unknown offset {@code
 * delta} for line centres (ISSF ring sizes are to the outer edge of the line; the offset is half
 * the printed line width, fitted rather than assumed). Nine unknowns (centre, linear part,
 * perspective, {@code delta}) by Gauss-Newton, with the rotation held at the card edges' value
 * (concentric circles do not show it); points off by more than four robust standard deviations
 * (holes, dirt, something in front) are dropped. Three rounds of profiles from the improved
 * registration. Stateless.
 */
final class RingFit {
    private static final int ROUNDS = 3;
    private static final int NEWTON_STEPS = 3;

    private static final double START_DELTA_MM = 0.1;

    private RingFit() {}

    /** The registration refined on {@code image}, or {@code rough} when too few edges are seen. */
    static TargetRegistration refine(GreyImage image, TargetType face, TargetRegistration rough) {
        List<Circle> circles = RingEdges.circles(face, rough);
        double[] p = {rough.centreX(), rough.centreY(), rough.xx(), rough.xy(), rough.yx(), rough.yy(), 0, 0};
        double delta = START_DELTA_MM;
        double[] params = {p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], delta};
        double angle = Math.atan2(rough.yx(), rough.xx());
        for (int round = 0; round < ROUNDS; round++) {
            TargetRegistration at = of(params, rough);
            List<Point> points = new ArrayList<>();
            for (Circle c : circles) {
                RingEdges.edgePoints(image, at, c, params[8], points);
            }
            if (points.size() < 100) {
                return rough;
            }
            Optional<double[]> fitted = gaussNewton(points, params, angle, rough);
            if (fitted.isEmpty()) {
                return rough;
            }
            params = fitted.get();
        }
        TargetRegistration refined = of(params, rough);
        // A refinement that moved the face by more than a few pixels found something else.
        return refined.pixelsMovedFrom(rough, face.ringRadiusMm(1)) > 8 ? rough : refined;
    }

    private static TargetRegistration of(double[] p, TargetRegistration rough) {
        return new TargetRegistration(
                p[0], p[1], p[2], p[3], p[4], p[5], rough.rotationDegrees(), rough.orientationSeen(), p[6], p[7]);
    }

    /** Gauss-Newton on the nine parameters, with robust point rejection; empty when singular. */
    private static Optional<double[]> gaussNewton(
            List<Point> points, double[] start, double angle, TargetRegistration rough) {
        double scale = 1 / rough.mmPerPixel();
        // Steps in each parameter that move the face by about a hundredth of a pixel.
        double[] h = {0.01, 0.01, 1e-4 * scale, 1e-4 * scale, 1e-4 * scale, 1e-4 * scale, 1e-7, 1e-7, 1e-3};
        double[] p = start.clone();
        boolean[] use = new boolean[points.size()];
        java.util.Arrays.fill(use, true);
        for (int it = 0; it < NEWTON_STEPS; it++) {
            double[] r = residuals(points, p, rough);
            reject(r, use);
            int n = h.length;
            double[][] jtj = new double[n][n];
            double[] jtr = new double[n];
            double[][] columns = new double[n][];
            for (int k = 0; k < n; k++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[k] += h[k];
                minus[k] -= h[k];
                double[] rp = residuals(points, plus, rough);
                double[] rm = residuals(points, minus, rough);
                double[] col = new double[points.size()];
                for (int i = 0; i < col.length; i++) {
                    col[i] = (rp[i] - rm[i]) / 2;
                }
                columns[k] = col;
            }
            for (int i = 0; i < points.size(); i++) {
                if (!use[i]) {
                    continue;
                }
                for (int a = 0; a < n; a++) {
                    jtr[a] += columns[a][i] * r[i];
                    for (int b = a; b < n; b++) {
                        jtj[a][b] += columns[a][i] * columns[b][i];
                    }
                }
            }
            // Gauge: the direction of the target's x axis stays where the card edges put it.
            double weight = 1e3 * Math.sqrt(points.size());
            double[] gauge = new double[n];
            gauge[2] = -p[4] / (p[2] * p[2] + p[4] * p[4]) * h[2] * weight;
            gauge[4] = p[2] / (p[2] * p[2] + p[4] * p[4]) * h[4] * weight;
            double gaugeResidual = (Math.atan2(p[4], p[2]) - angle) * weight;
            // A weak pull of the line offset to half a 0.2 mm line, in case no line is seen.
            double[] prior = new double[n];
            prior[8] = h[8] / 0.5;
            double priorResidual = (p[8] - START_DELTA_MM) / 0.5;
            for (int a = 0; a < n; a++) {
                jtr[a] += gauge[a] * gaugeResidual + prior[a] * priorResidual;
                for (int b = a; b < n; b++) {
                    jtj[a][b] += gauge[a] * gauge[b] + prior[a] * prior[b];
                    jtj[b][a] = jtj[a][b];
                }
                jtj[a][a] *= 1 + 1e-9;
            }
            Optional<double[]> step = Linear.solve(jtj, jtr);
            if (step.isEmpty()) {
                return Optional.empty();
            }
            for (int k = 0; k < n; k++) {
                p[k] -= step.get()[k] * h[k];
            }
        }
        return Optional.of(p);
    }

    /** Drops points more than four robust standard deviations off (median absolute deviation). */
    private static void reject(double[] r, boolean[] use) {
        double[] abs = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            abs[i] = Math.abs(r[i]);
        }
        double[] sorted = abs.clone();
        java.util.Arrays.sort(sorted);
        double sigma = 1.4826 * sorted[sorted.length / 2];
        for (int i = 0; i < r.length; i++) {
            use[i] = abs[i] <= 4 * sigma + 1e-9;
        }
    }

    private static double[] residuals(List<Point> points, double[] p, TargetRegistration rough) {
        TargetRegistration reg = of(p, rough);
        double[] r = new double[points.size()];
        for (int i = 0; i < r.length; i++) {
            Point q = points.get(i);
            double[] t = reg.toTarget(q.column(), q.row());
            r[i] = Math.hypot(t[0], t[1]) - (q.line() ? q.radiusMm() - p[8] : q.radiusMm());
        }
        return r;
    }
}
