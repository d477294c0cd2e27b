package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * Edge points of one hole along rays, for {@link HoleEdges}: the backing's share of what the frame
 * shows, measured against the reference, crosses one half at the hole's edge whatever was printed
 * there. Stateless.
 */
final class HoleRays {
    private static final double STEP_PIXELS = 0.25;
    private static final double LEVEL_PIXELS = 2.5;
    private static final double MIN_CONTRAST = 0.15;
    /** Reach round an edge point in which the print must be plain, pixels (about two blur widths). */
    private static final double PLAIN_PIXELS = 2.5;
    /** Largest spread of the print round an edge point, as a share of the hole's contrast there. */
    private static final double PLAIN_SHARE = 0.15;

    private HoleRays() {}

    /**
     * Backing level of the hole at {@code c}: the median of the frame well inside it (where it
     * shows the backing, whatever was printed there before).
     */
    static double backing(double[] c, HoleEdges.Frames frames, TargetRegistration reg, double r, double pixel) {
        List<Double> values = new ArrayList<>();
        double reach = r - LEVEL_PIXELS * pixel;
        for (double dy = -reach; dy <= reach; dy += pixel) {
            for (double dx = -reach; dx <= reach; dx += pixel) {
                if (dx * dx + dy * dy <= reach * reach) {
                    double[] q = reg.toPixel(c[0] + dx, c[1] + dy);
                    values.add(frames.now(q[0], q[1]));
                }
            }
        }
        if (values.isEmpty()) {
            double[] q = reg.toPixel(c[0], c[1]);
            return frames.now(q[0], q[1]);
        }
        java.util.Collections.sort(values);
        return values.get(values.size() / 2);
    }

    /**
     * The edge along the ray from {@code c} in direction ({@code ux}, {@code uy}): the share of the
     * backing, {@code (now - before) / (backing - before)}, is about 1 in the hole and 0 outside
     * whatever was printed there, so a ring line or the mark's edge under the hole does not move
     * the edge; the edge is where the share crosses half-way between its levels on this ray inside
     * and outside (measured, so a slightly wrong backing level or a lighting change the
     * normalisation left over does not move it either).
     */
    static java.util.Optional<double[]> edgePoint(
            double[] c,
            double ux,
            double uy,
            HoleEdges.Frames frames,
            TargetRegistration reg,
            double r,
            double pixel,
            double backing,
            double reachPixels) {
        int n = (int) Math.round(2 * reachPixels / STEP_PIXELS) + 1;
        double from = r - reachPixels * pixel;
        double step = STEP_PIXELS * pixel;
        double[] share = new double[n];
        double inside = 0;
        int insideCount = 0;
        double outside = 0;
        int outsideCount = 0;
        int first = -1;
        for (int j = 0; j < n; j++) {
            double s = from + j * step;
            if (s < 0) {
                continue;
            }
            first = first < 0 ? j : first;
            double[] q = reg.toPixel(c[0] + s * ux, c[1] + s * uy);
            double before = frames.before(q[0], q[1]);
            double contrast = backing - before;
            if (Math.abs(contrast) < MIN_CONTRAST) {
                return java.util.Optional.empty(); // the backing looks like what was there
            }
            share[j] = (frames.now(q[0], q[1]) - before) / contrast;
            if (s <= r - LEVEL_PIXELS * pixel) {
                inside += share[j];
                insideCount++;
            } else if (s >= r + LEVEL_PIXELS * pixel) {
                outside += share[j];
                outsideCount++;
            }
        }
        if (insideCount == 0 || outsideCount == 0) {
            return java.util.Optional.empty();
        }
        inside /= insideCount;
        outside /= outsideCount;
        if (inside < 0.7 || inside > 1.3 || Math.abs(outside) > 0.3) {
            return java.util.Optional.empty(); // an older hole inside, a neighbour outside, a flaw
        }
        double level = (inside + outside) / 2;
        int crossing = -1;
        for (int j = first; j + 1 < n; j++) {
            if ((share[j] >= level) != (share[j + 1] >= level)) {
                if (crossing >= 0) {
                    return java.util.Optional.empty(); // more than one edge: noise or a flaw
                }
                crossing = j;
            }
        }
        if (crossing < 0) {
            return java.util.Optional.empty();
        }
        double at = from + step * (crossing + (share[crossing] - level) / (share[crossing] - share[crossing + 1]));
        double x = c[0] + at * ux;
        double y = c[1] + at * uy;
        // Blur: a Gaussian-blurred step of height 1 has slope 1 / (sigma sqrt(2 pi)) at its middle.
        double slopePerPixel = (share[crossing] - share[crossing + 1]) / (inside - outside) / STEP_PIXELS;
        double sigmaPixels = 1 / (Math.max(slopePerPixel, 1e-3) * Math.sqrt(2 * Math.PI));
        return plainAround(x, y, frames, reg, pixel, backing)
                ? java.util.Optional.of(new double[] {x, y, sigmaPixels})
                : java.util.Optional.empty();
    }

    /**
     * Whether what was printed round the edge point is plain (no ring line or mark edge within the
     * blur's reach): there the share is exact; across a printed edge the blur mixes the hole's
     * edge with the print's and the share is off by up to a pixel.
     */
    private static boolean plainAround(
            double x, double y, HoleEdges.Frames frames, TargetRegistration reg, double pixel, double backing) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        double reach = PLAIN_PIXELS * pixel;
        for (int k = 0; k < 9; k++) {
            double dx = k == 0 ? 0 : reach * Math.cos(k * Math.PI / 4);
            double dy = k == 0 ? 0 : reach * Math.sin(k * Math.PI / 4);
            double[] q = reg.toPixel(x + dx, y + dy);
            double before = frames.before(q[0], q[1]);
            low = Math.min(low, before);
            high = Math.max(high, before);
        }
        double[] q = reg.toPixel(x, y);
        return high - low <= PLAIN_SHARE * Math.abs(backing - frames.before(q[0], q[1]));
    }
}
