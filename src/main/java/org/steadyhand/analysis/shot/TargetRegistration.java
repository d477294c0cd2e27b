package org.steadyhand.analysis.shot;

/**
 * Where a target face is in a photograph: the pixel of its centre and the linear map from target
 * millimetres (x right, y up) to pixel offsets (column right, row down). The map absorbs the
 * scale, the rotation of the card and the foreshortening of a moderately oblique camera (locally
 * affine). Immutable.
 *
 * @param centreX column of the target centre, pixels (pixel {@code i} spans {@code [i, i + 1)})
 * @param centreY row of the target centre, pixels
 * @param xx d column / d x_mm
 * @param xy d column / d y_mm
 * @param yx d row / d x_mm
 * @param yy d row / d y_mm
 * @param rotationDegrees rotation of the card in the image, from its edges (0 when not seen)
 * @param orientationSeen whether the card edges were found; otherwise image up is taken as up
 */
public record TargetRegistration(
        double centreX,
        double centreY,
        double xx,
        double xy,
        double yx,
        double yy,
        double rotationDegrees,
        boolean orientationSeen) {
    public TargetRegistration {
        if (!(Math.abs(xx * yy - xy * yx) > 1e-12)) {
            throw new IllegalArgumentException("a registration needs an invertible map");
        }
    }

    /** Pixel position of the target point ({@code xMm}, {@code yMm}): {column, row}. */
    public double[] toPixel(double xMm, double yMm) {
        return new double[] {centreX + xx * xMm + xy * yMm, centreY + yx * xMm + yy * yMm};
    }

    /** Target position of the pixel point ({@code column}, {@code row}): {x mm, y mm}. */
    public double[] toTarget(double column, double row) {
        double det = xx * yy - xy * yx;
        double du = column - centreX;
        double dv = row - centreY;
        return new double[] {(yy * du - xy * dv) / det, (-yx * du + xx * dv) / det};
    }

    /** Mean size of a pixel on the target, mm. */
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
