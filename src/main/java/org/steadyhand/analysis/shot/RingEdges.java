package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import org.steadyhand.core.GreyImage;

/**
 * Sub-pixel edge points of a face's printed circles for {@link RingFit}: along the image normal of
 * every printed circle, at one angle per four pixels of its circumference (at most 360), a profile
 * of the grey image is sampled every quarter pixel, five pixels either side of where the current
 * registration puts the circle. The aiming mark's edge (dark inside) is where the profile crosses
 * half-way between its dark and light ends; a ring line (dark on paper, white in the black) is the
 * centroid of its dip or bump above the profile's ends. A blurred step or line that is symmetric
 * about its true position is found there whatever the exposure or a lighting gradient across five
 * pixels. Stateless.
 */
final class RingEdges {
    private static final double STEP_PIXELS = 0.25;
    private static final int HALF_SAMPLES = 20; // five pixels either side
    private static final double MIN_STEP_CONTRAST = 25; // grey levels
    private static final double MIN_LINE_CONTRAST = 8; // grey levels
    /** Profiles per circle: one per four pixels of circumference, at most this many. */
    private static final int MAX_ANGLES = 360;

    enum Kind {
        MARK_EDGE,
        DARK_LINE,
        LIGHT_LINE
    }

    record Circle(double radiusMm, Kind kind) {}

    /** One edge point: pixel position and the circle it belongs to. */
    record Point(double column, double row, double radiusMm, boolean line) {}

    private RingEdges() {}

    /** The face's printed circles that are far enough apart to be measured one at a time. */
    static List<Circle> circles(TargetType face, TargetRegistration reg) {
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

    static void edgePoints(GreyImage image, TargetRegistration reg, Circle circle, double delta, List<Point> out) {
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
}
