package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * Centres of holes of known radius from the pixels of one changed region, in target mm.
 *
 * <p>A whole single hole: the centroid. A region smaller than a hole (a new hole overlapping an
 * older one, so only a crescent changed) or several touching new holes: circles of the pellet
 * radius fitted to the region's edge. Every edge point of a union of discs lies on one of the
 * discs' circles, and edge points shared with an older hole lie inside the new circle; so the fit
 * ignores edge points on older holes' circles and points well inside the circle, and repeats {@code c = mean(p - r * unit(p - c))} over the
 * others (the fixed-radius least-squares update). Several holes are first separated by k-means.
 * Stateless.
 */
final class HoleFit {
    private static final int ITERATIONS = 30;

    private HoleFit() {}

    /** Hole centres, {x, y} in mm, for {@code count} holes of {@code radiusMm} in the region. */
    static List<double[]> centres(
            Blobs.Blob blob,
            int width,
            TargetRegistration reg,
            int count,
            double radiusMm,
            boolean whole,
            List<DetectedHole> older) {
        if (count == 1 && whole && older.isEmpty()) {
            double sx = 0;
            double sy = 0;
            for (int p : blob.pixels()) {
                sx += p % width + 0.5;
                sy += p / width + 0.5;
            }
            return List.of(reg.toTarget(sx / blob.area(), sy / blob.area()));
        }
        double[][] pixels = toTarget(blob.pixels(), width, reg);
        // Edge points on an older hole's circle are that hole's edge, not the new one's.
        double margin = radiusMm + 1.5 * reg.mmPerPixel();
        double[][] edge = java.util.Arrays.stream(toTarget(edgePixels(blob, width), width, reg))
                .filter(p -> older.stream().noneMatch(o -> Math.hypot(p[0] - o.xMm(), p[1] - o.yMm()) <= margin))
                .toArray(double[][]::new);
        List<double[]> centres = kMeans(pixels, count);
        double tolerance = 0.15 * radiusMm + reg.mmPerPixel();
        // Edge pixels' centres lie half a pixel inside the hole's edge.
        double r = radiusMm - 0.5 * reg.mmPerPixel();
        for (int it = 0; it < ITERATIONS; it++) {
            List<List<double[]>> assigned = new ArrayList<>();
            centres.forEach(c -> assigned.add(new ArrayList<>()));
            for (double[] p : edge) {
                int best = 0;
                double bestError = Double.MAX_VALUE;
                for (int k = 0; k < centres.size(); k++) {
                    double e = Math.abs(Math.hypot(p[0] - centres.get(k)[0], p[1] - centres.get(k)[1]) - r);
                    if (e < bestError) {
                        bestError = e;
                        best = k;
                    }
                }
                assigned.get(best).add(p);
            }
            for (int k = 0; k < centres.size(); k++) {
                centres.set(k, refit(centres.get(k), assigned.get(k), r, tolerance));
            }
        }
        return refineByCoverage(blob, width, reg, centres, radiusMm, older);
    }

    /**
     * Moves each centre to where the discs best cover the changed region: score = changed pixels
     * inside minus unchanged pixels inside (pixels within older holes count neither way), with
     * partial coverage at the disc edge so the score is smooth; coordinate search with halving
     * steps from a quarter hole radius down to a fiftieth of a pixel.
     */
    private static List<double[]> refineByCoverage(
            Blobs.Blob blob,
            int width,
            TargetRegistration reg,
            List<double[]> start,
            double radiusMm,
            List<DetectedHole> older) {
        int margin = (int) Math.ceil(radiusMm / reg.mmPerPixel()) + 2;
        int x0 = blob.minX() - margin;
        int y0 = blob.minY() - margin;
        int bw = blob.widthPixels() + 2 * margin;
        int bh = blob.heightPixels() + 2 * margin;
        double[] px = new double[bw * bh];
        double[] py = new double[bw * bh];
        double[] sign = new double[bw * bh];
        java.util.Set<Integer> members = new java.util.HashSet<>();
        for (int p : blob.pixels()) {
            members.add(p);
        }
        for (int j = 0; j < bh; j++) {
            for (int i = 0; i < bw; i++) {
                int k = j * bw + i;
                double[] t = reg.toTarget(x0 + i + 0.5, y0 + j + 0.5);
                px[k] = t[0];
                py[k] = t[1];
                boolean inOlder = older.stream().anyMatch(o -> Math.hypot(t[0] - o.xMm(), t[1] - o.yMm()) < radiusMm);
                sign[k] = inOlder ? 0 : members.contains((y0 + j) * width + x0 + i) ? 1 : -1;
            }
        }
        double pixel = reg.mmPerPixel();
        List<double[]> centres = new ArrayList<>();
        start.forEach(c -> centres.add(c.clone()));
        search(centres, px, py, sign, radiusMm, pixel);
        // A disc that adds less than a third of a hole's area is not a hole of its own: the region
        // was counted too high from its size.
        double holePixels = Math.PI * radiusMm * radiusMm / (pixel * pixel);
        boolean dropped = true;
        while (dropped && centres.size() > 1) {
            dropped = false;
            double all = coverage(centres, px, py, sign, radiusMm, pixel);
            for (int k = 0; k < centres.size(); k++) {
                List<double[]> without = new ArrayList<>(centres);
                without.remove(k);
                if (coverage(without, px, py, sign, radiusMm, pixel) > all - holePixels / 3) {
                    centres.remove(k);
                    search(centres, px, py, sign, radiusMm, pixel);
                    dropped = true;
                    break;
                }
            }
        }
        return centres;
    }

    private static void search(
            List<double[]> centres, double[] px, double[] py, double[] sign, double radiusMm, double pixel) {
        for (double step = radiusMm / 4; step > pixel / 50; step /= 2) {
            for (int round = 0; round < 2; round++) {
                for (double[] c : centres) {
                    double best = coverage(centres, px, py, sign, radiusMm, pixel);
                    for (double[] d : new double[][] {{step, 0}, {-step, 0}, {0, step}, {0, -step}}) {
                        c[0] += d[0];
                        c[1] += d[1];
                        double score = coverage(centres, px, py, sign, radiusMm, pixel);
                        if (score > best) {
                            best = score;
                        } else {
                            c[0] -= d[0];
                            c[1] -= d[1];
                        }
                    }
                }
            }
        }
    }

    private static double coverage(
            List<double[]> centres, double[] px, double[] py, double[] sign, double r, double pixel) {
        double score = 0;
        for (int k = 0; k < px.length; k++) {
            if (sign[k] == 0) {
                continue;
            }
            double inside = 0;
            for (double[] c : centres) {
                double d = Math.hypot(px[k] - c[0], py[k] - c[1]);
                inside = Math.max(inside, Math.min(1, Math.max(0, (r - d) / pixel + 0.5)));
            }
            score += inside * sign[k];
        }
        return score;
    }

    private static double[] refit(double[] c, List<double[]> points, double r, double tolerance) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (double[] p : points) {
            double d = Math.hypot(p[0] - c[0], p[1] - c[1]);
            if (d - r < -tolerance || d == 0) {
                continue; // inside the circle: the edge of an older hole or of a neighbour
            }
            sx += p[0] - r * (p[0] - c[0]) / d;
            sy += p[1] - r * (p[1] - c[1]) / d;
            n++;
        }
        return n < 3 ? c : new double[] {sx / n, sy / n};
    }

    private static List<double[]> kMeans(double[][] points, int k) {
        List<double[]> centres = new ArrayList<>();
        centres.add(points[0].clone());
        while (centres.size() < k) { // farthest-point seeding: deterministic
            double[] far = points[0];
            double farDistance = -1;
            for (double[] p : points) {
                double nearest = Double.MAX_VALUE;
                for (double[] c : centres) {
                    nearest = Math.min(nearest, Math.hypot(p[0] - c[0], p[1] - c[1]));
                }
                if (nearest > farDistance) {
                    farDistance = nearest;
                    far = p;
                }
            }
            centres.add(far.clone());
        }
        for (int it = 0; it < 20; it++) {
            double[][] sums = new double[k][3];
            for (double[] p : points) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (Math.hypot(p[0] - centres.get(j)[0], p[1] - centres.get(j)[1])
                            < Math.hypot(p[0] - centres.get(best)[0], p[1] - centres.get(best)[1])) {
                        best = j;
                    }
                }
                sums[best][0] += p[0];
                sums[best][1] += p[1];
                sums[best][2]++;
            }
            for (int j = 0; j < k; j++) {
                if (sums[j][2] > 0) {
                    centres.set(j, new double[] {sums[j][0] / sums[j][2], sums[j][1] / sums[j][2]});
                }
            }
        }
        return centres;
    }

    private static int[] edgePixels(Blobs.Blob blob, int width) {
        java.util.Set<Integer> members = new java.util.HashSet<>();
        for (int p : blob.pixels()) {
            members.add(p);
        }
        return java.util.Arrays.stream(blob.pixels())
                .filter(p -> !members.contains(p - 1)
                        || !members.contains(p + 1)
                        || !members.contains(p - width)
                        || !members.contains(p + width))
                .toArray();
    }

    private static double[][] toTarget(int[] pixels, int width, TargetRegistration reg) {
        double[][] out = new double[pixels.length][];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = reg.toTarget(pixels[i] % width + 0.5, pixels[i] / width + 0.5);
        }
        return out;
    }
}
