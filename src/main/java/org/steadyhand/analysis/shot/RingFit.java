package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.GreyImage;

/**
 * Refines a rough registration (from the aiming mark's moments) to a fraction of a pixel with the
 * printed circles of the face, and adds the perspective terms.
 *
 * <p>Edge points: along the image normal of every printed circle, at one angle per four pixels of
 * its circumference (at most 360), a profile of the grey image is sampled every quarter pixel, five pixels either
 * side of where the current registration puts the circle. The aiming mark's edge (dark inside) is
 * where the profile crosses half-way between its dark and light ends; a ring line (dark on paper,
 * white in the black) is the centroid of its dip or bump above the profile's ends. A blurred step
 * or line that is symmetric about its true position is found there whatever the exposure or a
 * lighting gradient across five pixels.
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
    private static final double STEP_PIXELS = 0.25;
    private static final int HALF_SAMPLES = 20; // five pixels either side
    private static final double MIN_STEP_CONTRAST = 25; // grey levels
    private static final double MIN_LINE_CONTRAST = 8; // grey levels
    private static final int ROUNDS = 3;
    private static final int NEWTON_STEPS = 3;
    /** Profiles per circle: one per four pixels of circumference, at most this many. */
    private static final int MAX_ANGLES = 360;

    private static final double START_DELTA_MM = 0.1;

    private enum Kind {
        MARK_EDGE,
        DARK_LINE,
        LIGHT_LINE
    }

    private record Circle(double radiusMm, Kind kind) {}

    /** One edge point: pixel position and the circle it belongs to. */
    private record Point(double column, double row, double radiusMm, boolean line) {}

    private RingFit() {}

    /** The registration refined on {@code image}, or {@code rough} when too few edges are seen. */
    static TargetRegistration refine(GreyImage image, TargetType face, TargetRegistration rough) {
        List<Circle> circles = circles(face, rough);
        double[] p = {rough.centreX(), rough.centreY(), rough.xx(), rough.xy(), rough.yx(), rough.yy(), 0, 0};
        double delta = START_DELTA_MM;
        double[] params = {p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], delta};
        double angle = Math.atan2(rough.yx(), rough.xx());
        for (int round = 0; round < ROUNDS; round++) {
            TargetRegistration at = of(params, rough);
            List<Point> points = new ArrayList<>();
            for (Circle c : circles) {
                edgePoints(image, at, c, params[8], points);
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

    /** The face's printed circles that are far enough apart to be measured one at a time. */
    private static List<Circle> circles(TargetType face, TargetRegistration reg) {
        double pixelsPerMm = 1 / reg.mmPerPixel();
        double clearMm = (HALF_SAMPLES * STEP_PIXELS + 2) / pixelsPerMm;
        double markMm = face.blackDiameterMm() / 2;
        List<Circle> circles = new ArrayList<>();
        circles.add(new Circle(markMm, Kind.MARK_EDGE));
        for (int ring = 1; ring <= 10; ring++) {
            double r = face.ringRadiusMm(ring);
            if (Math.abs(r - markMm) < clearMm || r * pixelsPerMm < 10) {
                continue; // the mark's own edge, or too small (the air rifle's ten dot)
            }
            circles.add(new Circle(r, r < markMm ? Kind.LIGHT_LINE : Kind.DARK_LINE));
        }
        return circles;
    }

    private static void edgePoints(
            GreyImage image, TargetRegistration reg, Circle circle, double delta, List<Point> out) {
        boolean line = circle.kind() != Kind.MARK_EDGE;
        double radius = line ? circle.radiusMm() - delta : circle.radiusMm();
        int count = (int) Math.min(MAX_ANGLES, Math.max(48, Math.PI * radius / reg.mmPerPixel() / 2));
        double[] profile = new double[2 * HALF_SAMPLES + 1];
        double eps = 0.05;
        for (int k = 0; k < count; k++) {
            double a = 2 * Math.PI * k / count;
            double ca = Math.cos(a);
            double sa = Math.sin(a);
            double[] p = reg.toPixel(radius * ca, radius * sa);
            double[] outer = reg.toPixel((radius + eps) * ca, (radius + eps) * sa);
            double[] inner = reg.toPixel((radius - eps) * ca, (radius - eps) * sa);
            double nx = outer[0] - inner[0];
            double ny = outer[1] - inner[1];
            double norm = Math.hypot(nx, ny);
            nx /= norm;
            ny /= norm;
            double reach = HALF_SAMPLES * STEP_PIXELS + 2;
            if (p[0] - reach < 0 || p[1] - reach < 0 || p[0] + reach > image.width() || p[1] + reach > image.height()) {
                continue;
            }
            for (int j = -HALF_SAMPLES; j <= HALF_SAMPLES; j++) {
                profile[j + HALF_SAMPLES] =
                        Sampling.bilinear(image, p[0] + j * STEP_PIXELS * nx, p[1] + j * STEP_PIXELS * ny);
            }
            OptionalOffset s = switch (circle.kind()) {
                case MARK_EDGE -> stepOffset(profile);
                case DARK_LINE -> lineOffset(profile, -1);
                case LIGHT_LINE -> lineOffset(profile, 1);
            };
            if (s.found()) {
                double d = s.samples() * STEP_PIXELS;
                out.add(new Point(p[0] + d * nx, p[1] + d * ny, circle.radiusMm(), line));
            }
        }
    }

    private record OptionalOffset(boolean found, double samples) {
        static final OptionalOffset NONE = new OptionalOffset(false, 0);
    }

    /** Offset, in samples from the middle, of the half-way crossing of a dark-to-light step. */
    private static OptionalOffset stepOffset(double[] v) {
        double dark = mean(v, 0, 8);
        double light = mean(v, v.length - 8, v.length);
        if (light - dark < MIN_STEP_CONTRAST) {
            return OptionalOffset.NONE;
        }
        double level = (dark + light) / 2;
        double best = Double.NaN;
        int crossings = 0;
        for (int j = 0; j + 1 < v.length; j++) {
            if ((v[j] < level) != (v[j + 1] < level)) {
                crossings++;
                best = j + (level - v[j]) / (v[j + 1] - v[j]) - HALF_SAMPLES;
            }
        }
        return crossings == 1 ? new OptionalOffset(true, best) : OptionalOffset.NONE;
    }

    /** Offset, in samples from the middle, of the centroid of a line ({@code sign} -1 dark, +1 light). */
    private static OptionalOffset lineOffset(double[] v, int sign) {
        double base = (mean(v, 0, 4) + mean(v, v.length - 4, v.length)) / 2;
        int peak = 0;
        for (int j = 1; j < v.length; j++) {
            if (sign * (v[j] - base) > sign * (v[peak] - base)) {
                peak = j;
            }
        }
        if (sign * (v[peak] - base) < MIN_LINE_CONTRAST || peak < 10 || peak > v.length - 11) {
            return OptionalOffset.NONE;
        }
        double centre = peak;
        for (int pass = 0; pass < 2; pass++) {
            int from = (int) Math.round(centre) - 10;
            int to = (int) Math.round(centre) + 10;
            double sw = 0;
            double sj = 0;
            for (int j = Math.max(0, from); j <= Math.min(v.length - 1, to); j++) {
                double e = Math.max(0, sign * (v[j] - base));
                sw += e;
                sj += e * j;
            }
            centre = sj / sw;
        }
        return new OptionalOffset(true, centre - HALF_SAMPLES);
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int j = from; j < to; j++) {
            s += v[j];
        }
        return s / (to - from);
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
