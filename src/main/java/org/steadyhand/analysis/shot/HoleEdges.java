package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * Sub-pixel hole centres from the edge of the change a hole made: a circle fitted to edge points
 * found along rays from a first centre ({@link HoleFit}).
 *
 * <p>The change (this frame less the reference, both normalised) is the hole alone: the rings and
 * the mark cancel, whatever the hole lies on. Along each ray, sampled every quarter pixel in target
 * millimetres through the registration (so perspective is exact), the change is sampled from four
 * pixels inside the expected edge to four outside; the edge is where it crosses half-way between
 * its inside and outside levels, which for a blurred step is its true position. Rays whose ends
 * do not differ enough (the backing matches the background there), whose outside is another hole,
 * or whose edge point lies on an older hole are dropped.
 *
 * <p>A whole hole seen all round is fitted with centre and radius free, so a uniform bias of the
 * edge (blur on a small curved edge) does not move the centre; a hole seen in part (overlapping
 * an older one or a neighbour) with the radius fixed at the calibre's, its edge points on its
 * own visible arc. Points off by more than three robust standard deviations are dropped; three
 * rounds of rays from the improved centre. Stateless.
 */
final class HoleEdges {
    private static final double STEP_PIXELS = 0.25;
    private static final double REACH_PIXELS = 4;
    private static final double LEVEL_PIXELS = 2.5;
    private static final double MIN_CONTRAST = 0.15;
    private static final int ROUNDS = 4;
    /** A centre found from another start must be seen on at least this share of its rays. */
    private static final double MIN_SHARE_OF_RAYS = 0.2;
    /** Reach of the first round's rays either side of the expected edge, share of the radius. */
    private static final double WIDE_REACH = 0.45;
    /** Reach round an edge point in which the print must be plain, pixels (about two blur widths). */
    private static final double PLAIN_PIXELS = 2.5;
    /** Largest spread of the print round an edge point, as a share of the hole's contrast there. */
    private static final double PLAIN_SHARE = 0.15;

    /** The normalised frame and reference at a pixel position. */
    interface Frames {
        double now(double column, double row);

        double before(double column, double row);
    }

    private HoleEdges() {}

    /**
     * Each of {@code centres} (target mm) refined to its hole's edge; a centre whose edge cannot be
     * measured stays where it was.
     */
    static List<double[]> refine(
            List<double[]> centres,
            Frames frames,
            TargetRegistration reg,
            double radiusMm,
            boolean whole,
            List<DetectedHole> older) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < centres.size(); k++) {
            List<double[]> others = new ArrayList<>(centres);
            others.remove(k);
            out.add(refineOne(centres.get(k), others, frames, reg, radiusMm, whole && centres.size() == 1, older));
        }
        return out;
    }

    /**
     * One centre refined; when its edge cannot be followed from the first estimate (a first centre
     * in a crowded overlap can be off by more than the rays reach), from eight starts round it, the
     * one whose circle is seen on most rays.
     */
    private static double[] refineOne(
            double[] start,
            List<double[]> others,
            Frames frames,
            TargetRegistration reg,
            double radiusMm,
            boolean whole,
            List<DetectedHole> older) {
        java.util.Optional<double[]> fit = follow(start, start, others, frames, reg, radiusMm, whole, older);
        if (fit.isPresent()) {
            return new double[] {fit.get()[0], fit.get()[1]};
        }
        double[] best = start;
        double bestCount = MIN_SHARE_OF_RAYS * rays(radiusMm, reg.mmPerPixel());
        for (int k = 0; k < 8; k++) {
            double a = k * Math.PI / 4;
            double[] from = {start[0] + 0.4 * radiusMm * Math.cos(a), start[1] + 0.4 * radiusMm * Math.sin(a)};
            java.util.Optional<double[]> f = follow(from, start, others, frames, reg, radiusMm, false, older);
            if (f.isPresent() && f.get()[2] > bestCount) {
                bestCount = f.get()[2];
                best = new double[] {f.get()[0], f.get()[1]};
            }
        }
        return best;
    }

    private static int rays(double radiusMm, double pixel) {
        return (int) Math.max(32, Math.min(256, 2 * Math.PI * radiusMm / pixel));
    }

    /**
     * Rounds of rays and circle fits from {@code start}: {x, y, edge points of the last round}, or
     * empty when too few edge points are seen or the fit wanders from {@code first}.
     */
    private static java.util.Optional<double[]> follow(
            double[] start,
            double[] first,
            List<double[]> others,
            Frames frames,
            TargetRegistration reg,
            double radiusMm,
            boolean whole,
            List<DetectedHole> older) {
        double pixel = reg.mmPerPixel();
        int rays = rays(radiusMm, pixel);
        double[] c = start.clone();
        int seen = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // The first round looks further: a first centre from an overlap can be off by a third
            // of the radius.
            double reach = round == 0 ? Math.max(REACH_PIXELS, WIDE_REACH * radiusMm / pixel) : REACH_PIXELS;
            double level = backing(c, frames, reg, radiusMm, pixel);
            List<double[]> edge = new ArrayList<>();
            for (int k = 0; k < rays; k++) {
                double a = 2 * Math.PI * k / rays;
                edgePoint(c, Math.cos(a), Math.sin(a), frames, reg, radiusMm, pixel, level, reach)
                        .filter(p -> clearOf(p, older, others, radiusMm, pixel))
                        .ifPresent(edge::add);
            }
            boolean free = whole && edge.size() >= 0.8 * rays;
            if (edge.size() < (free ? 16 : 8)) {
                return java.util.Optional.empty();
            }
            seen = edge.size();
            // The half-way contour of a blurred disc lies sigma^2 / (2 r) inside its edge: the
            // radius a part of the edge is fitted with (a whole hole's is fitted freely).
            double[] sigmas = edge.stream().mapToDouble(p -> p[2]).sorted().toArray();
            double sigmaMm = sigmas[sigmas.length / 2] * pixel;
            double seenRadiusMm = radiusMm - sigmaMm * sigmaMm / (2 * radiusMm);
            double[] fitted = CircleFit.fit(edge, c, seenRadiusMm, free, pixel);
            if (Math.hypot(fitted[0] - first[0], fitted[1] - first[1]) > 0.6 * radiusMm) {
                return java.util.Optional.empty(); // the edge led somewhere else
            }
            c = fitted;
        }
        return java.util.Optional.of(new double[] {c[0], c[1], seen});
    }

    /** Whether the edge point is not on an older hole or hidden in a neighbouring new one. */
    private static boolean clearOf(
            double[] p, List<DetectedHole> older, List<double[]> others, double r, double pixel) {
        for (DetectedHole o : older) {
            if (Math.hypot(p[0] - o.xMm(), p[1] - o.yMm()) < r + 1.5 * pixel) {
                return false;
            }
        }
        for (double[] o : others) {
            if (Math.hypot(p[0] - o[0], p[1] - o[1]) < r + 1.5 * pixel) {
                return false;
            }
        }
        return true;
    }

    /**
     * Backing level of the hole at {@code c}: the median of the frame well inside it (where it
     * shows the backing, whatever was printed there before).
     */
    private static double backing(double[] c, Frames frames, TargetRegistration reg, double r, double pixel) {
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
    private static java.util.Optional<double[]> edgePoint(
            double[] c,
            double ux,
            double uy,
            Frames frames,
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
            double x, double y, Frames frames, TargetRegistration reg, double pixel, double backing) {
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
