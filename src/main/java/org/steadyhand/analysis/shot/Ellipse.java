package org.steadyhand.analysis.shot;

import java.util.Optional;

/**
 * The ellipse of a filled image region by its moments: centroid and covariance, in pixel
 * coordinates where pixel {@code i} spans {@code [i, i + 1)}. Immutable.
 */
record Ellipse(double x, double y, double cxx, double cxy, double cyy, int filledArea) {
    private static final double AREA_TOLERANCE = 0.08;
    private static final double MAX_AXIS_RATIO = 1.6;

    /**
     * The ellipse of {@code blob} with its inside filled, or empty when it touches the frame edge
     * or is not elliptical (filled area more than 8% off the moment ellipse's, axes beyond 1 : 1.6).
     */
    static Optional<Ellipse> ofFilled(Blobs.Blob blob, int width, int height) {
        if (blob.minX() == 0 || blob.minY() == 0 || blob.maxX() == width - 1 || blob.maxY() == height - 1) {
            return Optional.empty();
        }
        // Local mask with a 1-pixel margin; flood the outside from the margin; the rest is filled.
        int bw = blob.widthPixels() + 2;
        int bh = blob.heightPixels() + 2;
        byte[] local = new byte[bw * bh];
        for (int p : blob.pixels()) {
            local[(p / width - blob.minY() + 1) * bw + (p % width - blob.minX() + 1)] = 1;
        }
        int[] stack = new int[bw * bh];
        int top = 0;
        stack[top++] = 0;
        local[0] = 2;
        while (top > 0) {
            int p = stack[--top];
            int px = p % bw;
            int py = p / bw;
            if (px > 0 && local[p - 1] == 0) {
                local[p - 1] = 2;
                stack[top++] = p - 1;
            }
            if (px < bw - 1 && local[p + 1] == 0) {
                local[p + 1] = 2;
                stack[top++] = p + 1;
            }
            if (py > 0 && local[p - bw] == 0) {
                local[p - bw] = 2;
                stack[top++] = p - bw;
            }
            if (py < bh - 1 && local[p + bw] == 0) {
                local[p + bw] = 2;
                stack[top++] = p + bw;
            }
        }
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int py = 0; py < bh; py++) {
            for (int px = 0; px < bw; px++) {
                if (local[py * bw + px] != 2) {
                    double x = px + blob.minX() - 1 + 0.5;
                    double y = py + blob.minY() - 1 + 0.5;
                    n++;
                    sx += x;
                    sy += y;
                    sxx += x * x;
                    sxy += x * y;
                    syy += y * y;
                }
            }
        }
        double mx = sx / n;
        double my = sy / n;
        // Pixel moments include each pixel's own spread, 1/12 per axis.
        double cxx = sxx / n - mx * mx - 1.0 / 12;
        double cxy = sxy / n - mx * my;
        double cyy = syy / n - my * my - 1.0 / 12;
        double det = cxx * cyy - cxy * cxy;
        if (!(det > 0)) {
            return Optional.empty();
        }
        double half = (cxx + cyy) / 2;
        double spread = Math.sqrt(Math.max(half * half - det, 0));
        double major = half + spread;
        double minor = half - spread;
        // A filled ellipse with semi-axes a, b has variances a^2 / 4 and b^2 / 4.
        double ellipseArea = Math.PI * 4 * Math.sqrt(det);
        if (Math.abs(n / ellipseArea - 1) > AREA_TOLERANCE
                || minor <= 0
                || major / minor > MAX_AXIS_RATIO * MAX_AXIS_RATIO) {
            return Optional.empty();
        }
        return Optional.of(new Ellipse(mx, my, cxx, cxy, cyy, (int) n));
    }
}
