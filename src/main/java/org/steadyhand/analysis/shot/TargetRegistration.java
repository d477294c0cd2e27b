package org.steadyhand.analysis.shot;

/**
 * Where a target face is in a photograph: the projective map (homography) from target millimetres
 * (x right, y up) to pixels (column right, row down) of a camera looking at the flat card, with
 * the target centre at pixel ({@code centreX}, {@code centreY}):
 *
 * <pre>
 *   column = centreX + (xx x + xy y) / (1 + gx x + gy y)
 *   row    = centreY + (yx x + yy y) / (1 + gx x + gy y)
 * </pre>
 *
 * The linear part is the map at the centre (scale, rotation, the foreshortening of an oblique
 * camera); {@code gx, gy} are the perspective terms (how the scale changes across the card), zero
 * for an affine map. Eight parameters: every homography that keeps the centre at ({@code centreX},
 * {@code centreY}). Immutable.
 *
 * @param centreX column of the target centre, pixels (pixel {@code i} spans {@code [i, i + 1)})
 * @param centreY row of the target centre, pixels
 * @param xx d column / d x_mm
 * @param xy d column / d y_mm
 * @param yx d row / d x_mm
 * @param yy d row / d y_mm
 * @param rotationDegrees rotation of the card in the image, from its edges (0 when not seen)
 * @param orientationSeen whether the card edges were found; otherwise image up is taken as up
 * @param gx perspective term along target x, 1 / mm
 * @param gy perspective term along target y, 1 / mm
 */
public record TargetRegistration(
        double centreX,
        double centreY,
        double xx,
        double xy,
        double yx,
        double yy,
        double rotationDegrees,
        boolean orientationSeen,
        double gx,
        double gy) {
    public TargetRegistration {
        if (!(Math.abs(xx * yy - xy * yx) > 1e-12) || !Double.isFinite(gx) || !Double.isFinite(gy)) {
            throw new IllegalArgumentException("a registration needs an invertible map");
        }
    }

    /** An affine registration (no perspective terms). */
    public TargetRegistration(
            double centreX,
            double centreY,
            double xx,
            double xy,
            double yx,
            double yy,
            double rotationDegrees,
            boolean orientationSeen) {
        this(centreX, centreY, xx, xy, yx, yy, rotationDegrees, orientationSeen, 0, 0);
    }

    /** Pixel position of the target point ({@code xMm}, {@code yMm}): {column, row}. */
    public double[] toPixel(double xMm, double yMm) {
        double w = 1 + gx * xMm + gy * yMm;
        return new double[] {centreX + (xx * xMm + xy * yMm) / w, centreY + (yx * xMm + yy * yMm) / w};
    }

    /** Target position of the pixel point ({@code column}, {@code row}): {x mm, y mm}. */
    public double[] toTarget(double column, double row) {
        double du = column - centreX;
        double dv = row - centreY;
        // (A - d g^T) t = d, with d the pixel offset.
        double a = xx - du * gx;
        double b = xy - du * gy;
        double c = yx - dv * gx;
        double d = yy - dv * gy;
        double det = a * d - b * c;
        return new double[] {(d * du - b * dv) / det, (-c * du + a * dv) / det};
    }

    /** Mean size of a pixel on the target at its centre, mm. */
    public double mmPerPixel() {
        return 1 / Math.sqrt(Math.abs(xx * yy - xy * yx));
    }

    /**
     * The largest distance, in pixels, between where this and {@code other} put the target points
     * at {@code radiusMm} round the centre (and the centre itself).
     */
    public double pixelsMovedFrom(TargetRegistration other, double radiusMm) {
        double worst = Math.hypot(centreX - other.centreX, centreY - other.centreY);
        for (int k = 0; k < 8; k++) {
            double a = k * Math.PI / 4;
            double[] p = toPixel(radiusMm * Math.cos(a), radiusMm * Math.sin(a));
            double[] q = other.toPixel(radiusMm * Math.cos(a), radiusMm * Math.sin(a));
            worst = Math.max(worst, Math.hypot(p[0] - q[0], p[1] - q[1]));
        }
        return worst;
    }
}
