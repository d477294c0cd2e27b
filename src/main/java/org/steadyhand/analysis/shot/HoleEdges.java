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
    /** Reach of the rays either side of the expected edge, pixels. */
    static final double REACH_PIXELS = 4;

    private static final int ROUNDS = 4;
    /** A centre found from another start must be seen on at least this share of its rays. */
    private static final double MIN_SHARE_OF_RAYS = 0.2;
    /** Reach of the first round's rays either side of the expected edge, share of the radius. */
    private static final double WIDE_REACH = 0.45;

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
            double level = HoleRays.backing(c, frames, reg, radiusMm, pixel);
            List<double[]> edge = new ArrayList<>();
            for (int k = 0; k < rays; k++) {
                double a = 2 * Math.PI * k / rays;
                HoleRays.edgePoint(c, Math.cos(a), Math.sin(a), frames, reg, radiusMm, pixel, level, reach)
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
}
