package org.steadyhand.analysis.shot;

import org.steadyhand.core.GreyImage;

/**
 * Bilinear interpolation of images at sub-pixel positions, in the coordinates where pixel {@code
 * i} spans {@code [i, i + 1)} (so its value sits at {@code i + 0.5}); positions beyond the outer
 * pixel centres take the edge value. Stateless.
 */
final class Sampling {
    private Sampling() {}

    /** Grey level (0..255) of {@code image} at ({@code column}, {@code row}). */
    static double bilinear(GreyImage image, double column, double row) {
        int w = image.width();
        int h = image.height();
        double x = Math.min(Math.max(column - 0.5, 0), w - 1.000001);
        double y = Math.min(Math.max(row - 0.5, 0), h - 1.000001);
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        byte[] px = image.pixels();
        int p = y0 * w + x0;
        double top = (px[p] & 0xFF) * (1 - fx) + (px[p + 1] & 0xFF) * fx;
        double bottom = (px[p + w] & 0xFF) * (1 - fx) + (px[p + w + 1] & 0xFF) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** Value of the {@code w} x {@code h} image {@code img} at ({@code column}, {@code row}). */
    static double bilinear(float[] img, int w, int h, double column, double row) {
        double x = Math.min(Math.max(column - 0.5, 0), w - 1.000001);
        double y = Math.min(Math.max(row - 0.5, 0), h - 1.000001);
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int p = y0 * w + x0;
        double top = img[p] * (1 - fx) + img[p + 1] * fx;
        double bottom = img[p + w] * (1 - fx) + img[p + w + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
