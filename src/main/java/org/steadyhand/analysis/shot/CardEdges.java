package org.steadyhand.analysis.shot;

/**
 * The rotation of a target card in a photograph, from the card's outer edges (see {@link
 * TargetRegistrar}). Stateless.
 */
final class CardEdges {
    /** Fewer edge pixels, or a less coherent direction, and the card edge is taken as not seen. */
    private static final int MIN_EDGE_PIXELS = 60;

    private static final double MIN_COHERENCE = 0.5;

    private CardEdges() {}

    /**
     * @param norm normalised image ({@link Illumination}), {@code w} x {@code h}
     * @param cx column of the target centre
     * @param cy row of the target centre
     * @param sxx symmetric map target mm to pixels (without rotation), element xx
     * @param outerMm radius beyond the scoring rings where the plain paper begins
     */
    static TargetRegistrar.OptionalAngle rotation(
            float[] norm,
            int w,
            int h,
            double cx,
            double cy,
            double sxx,
            double sxy,
            double syy,
            double outerMm,
            float paper) {
        byte[] region = paperRegion(norm, w, h, cx, cy, sxx, sxy, syy, outerMm, paper);
        if (region == null) {
            return new TargetRegistrar.OptionalAngle(0, false);
        }
        markOutside(region, w, h);
        double sumCos = 0;
        double sumSin = 0;
        double sumWeight = 0;
        int edges = 0;
        int[] boundary = new int[1024];
        for (int y = 2; y < h - 2; y++) {
            for (int x = 2; x < w - 2; x++) {
                int p = y * w + x;
                if (region[p] != 1
                        || (region[p - 1] != 3 && region[p + 1] != 3 && region[p - w] != 3 && region[p + w] != 3)) {
                    continue;
                }
                double gx = (norm[p + 1] - norm[p - 1]) * 2
                        + norm[p - w + 1]
                        - norm[p - w - 1]
                        + norm[p + w + 1]
                        - norm[p + w - 1];
                double gy = (norm[p + w] - norm[p - w]) * 2
                        + norm[p + w - 1]
                        - norm[p - w - 1]
                        + norm[p + w + 1]
                        - norm[p - w + 1];
                // Normals transform with S (symmetric) into the rectified frame.
                double nx = sxx * gx + sxy * gy;
                double ny = sxy * gx + syy * gy;
                double g = Math.hypot(nx, ny);
                if (g == 0) {
                    continue;
                }
                double a = 4 * Math.atan2(ny, nx);
                sumCos += g * Math.cos(a);
                sumSin += g * Math.sin(a);
                sumWeight += g;
                if (edges == boundary.length) {
                    boundary = java.util.Arrays.copyOf(boundary, edges * 2);
                }
                boundary[edges++] = p;
            }
        }
        if (edges < MIN_EDGE_PIXELS || Math.hypot(sumCos, sumSin) < MIN_COHERENCE * sumWeight) {
            return new TargetRegistrar.OptionalAngle(0, false);
        }
        double coarse = Math.atan2(sumSin, sumCos) / 4;
        return new TargetRegistrar.OptionalAngle(
                coarse + straightSides(boundary, edges, w, cx, cy, sxx, sxy, syy, coarse), true);
    }

    /**
     * The correction to {@code coarse} from straight lines fitted to the card's sides: the edge
     * pixels in the rectified frame, turned by {@code -coarse}, are split into the four sides (the
     * corners left out) and a line fitted to each; a side's slope is the remaining rotation.
     * Gradient directions of single pixels are noisy; a line through hundreds of them is not.
     */
    private static double straightSides(
            int[] boundary, int count, int w, double cx, double cy, double sxx, double sxy, double syy, double coarse) {
        double det = sxx * syy - sxy * sxy;
        double c = Math.cos(-coarse);
        double s = Math.sin(-coarse);
        // Per side: n, sum a, sum b, sum a*a, sum a*b with b = along-side coordinate, a = across.
        double[][] sums = new double[4][5];
        for (int i = 0; i < count; i++) {
            int p = boundary[i];
            double du = p % w + 0.5 - cx;
            double dv = p / w + 0.5 - cy;
            double vx = (syy * du - sxy * dv) / det;
            double vy = (-sxy * du + sxx * dv) / det;
            double x = c * vx - s * vy;
            double y = s * vx + c * vy;
            boolean vertical = Math.abs(x) > Math.abs(y);
            double across = vertical ? x : y;
            double along = vertical ? y : x;
            if (Math.abs(along) > 0.8 * Math.abs(across)) {
                continue; // near a corner
            }
            int side = (vertical ? 0 : 2) + (across > 0 ? 1 : 0);
            sums[side][0]++;
            sums[side][1] += along;
            sums[side][2] += across;
            sums[side][3] += along * along;
            sums[side][4] += along * across;
        }
        double weighted = 0;
        double weight = 0;
        for (int side = 0; side < 4; side++) {
            double[] m = sums[side];
            double n = m[0];
            double spread = m[3] - m[1] * m[1] / Math.max(n, 1);
            if (n < MIN_EDGE_PIXELS / 4.0 || spread <= 0) {
                continue;
            }
            double slope = (m[4] - m[1] * m[2] / n) / spread;
            // Vertical sides: x = a + slope * y means a rotation of -slope; horizontal: +slope.
            double angle = side < 2 ? -Math.atan(slope) : Math.atan(slope);
            weighted += n * angle;
            weight += n;
        }
        return weight == 0 ? 0 : weighted / weight;
    }

    /** The connected paper pixels (value 1) just beyond the rings, or null when none is found. */
    private static byte[] paperRegion(
            float[] norm,
            int w,
            int h,
            double cx,
            double cy,
            double sxx,
            double sxy,
            double syy,
            double outerMm,
            float paper) {
        for (int k = 0; k < 8; k++) {
            double a = k * Math.PI / 4;
            double tx = outerMm * Math.cos(a);
            double ty = outerMm * Math.sin(a);
            int x = (int) Math.floor(cx + sxx * tx + sxy * ty);
            int y = (int) Math.floor(cy + sxy * tx + syy * ty);
            if (x < 1 || y < 1 || x >= w - 1 || y >= h - 1 || norm[y * w + x] < paper) {
                continue;
            }
            byte[] region = new byte[w * h];
            int[] stack = new int[1024];
            int top = 0;
            stack[top++] = y * w + x;
            region[y * w + x] = 1;
            while (top > 0) {
                int p = stack[--top];
                int px = p % w;
                int[] next = {
                    px > 0 ? p - 1 : -1, px < w - 1 ? p + 1 : -1, p >= w ? p - w : -1, p + w < w * h ? p + w : -1
                };
                for (int q : next) {
                    if (q >= 0 && region[q] == 0 && norm[q] >= paper) {
                        region[q] = 1;
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, top * 2);
                        }
                        stack[top++] = q;
                    }
                }
            }
            return region;
        }
        return null;
    }

    /** Marks with 3 the non-region pixels connected to the frame border (the outside of the card). */
    private static void markOutside(byte[] region, int w, int h) {
        int[] stack = new int[1024];
        int top = 0;
        for (int x = 0; x < w; x++) {
            for (int p : new int[] {x, (h - 1) * w + x}) {
                if (region[p] == 0) {
                    region[p] = 3;
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = p;
                }
            }
        }
        for (int y = 0; y < h; y++) {
            for (int p : new int[] {y * w, y * w + w - 1}) {
                if (region[p] == 0) {
                    region[p] = 3;
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = p;
                }
            }
        }
        while (top > 0) {
            int p = stack[--top];
            int px = p % w;
            int[] next = {px > 0 ? p - 1 : -1, px < w - 1 ? p + 1 : -1, p >= w ? p - w : -1, p + w < w * h ? p + w : -1
            };
            for (int q : next) {
                if (q >= 0 && region[q] == 0) {
                    region[q] = 3;
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = q;
                }
            }
        }
    }
}
