package org.steadyhand.analysis.path;

/**
 * The part of a digitizer tablet that is the working area, in the tablet's own millimetres (as
 * {@code tip_x} / {@code tip_y} arrive from the HID mapping). Live pen positions are mapped into
 * the working area so that its top-left corner is (0, 0): a trace drawn anywhere on a large tablet
 * lines up with the module's target.
 *
 * <p>Invariant: all four edges finite, left &lt; right and top &lt; bottom, each side at least
 * {@value #MIN_SIDE_MM} mm (a smaller area is a mis-touched corner, not a working area). Immutable.
 *
 * @param leftMm tablet X of the working area's left edge, mm
 * @param topMm tablet Y of its top edge, mm (tablet Y grows downwards)
 * @param rightMm tablet X of its right edge, mm
 * @param bottomMm tablet Y of its bottom edge, mm
 */
public record PenArea(double leftMm, double topMm, double rightMm, double bottomMm) {
    /** Smallest side accepted; the capsulorhexis circle alone is 2.5 mm across (DOMAIN.md). */
    public static final double MIN_SIDE_MM = 5.0;

    public PenArea {
        if (!Double.isFinite(leftMm)
                || !Double.isFinite(topMm)
                || !Double.isFinite(rightMm)
                || !Double.isFinite(bottomMm)) {
            throw new IllegalArgumentException("the pen area's edges must be numbers of millimetres");
        }
        if (rightMm - leftMm < MIN_SIDE_MM || bottomMm - topMm < MIN_SIDE_MM) {
            throw new IllegalArgumentException(String.format(
                    "the pen area must be at least %.0f mm wide and high with the first corner top-left,"
                            + " got %.1f x %.1f mm",
                    MIN_SIDE_MM, rightMm - leftMm, bottomMm - topMm));
        }
    }

    /** The area between two touched corners, in whichever order they were touched. */
    public static PenArea between(double xMm1, double yMm1, double xMm2, double yMm2) {
        return new PenArea(Math.min(xMm1, xMm2), Math.min(yMm1, yMm2), Math.max(xMm1, xMm2), Math.max(yMm1, yMm2));
    }

    public double widthMm() {
        return rightMm - leftMm;
    }

    public double heightMm() {
        return bottomMm - topMm;
    }

    /** A tablet X in working-area mm (negative or beyond the width outside the area); NaN stays NaN. */
    public double mapX(double tabletXMm) {
        return tabletXMm - leftMm;
    }

    /** A tablet Y in working-area mm; NaN stays NaN. */
    public double mapY(double tabletYMm) {
        return tabletYMm - topMm;
    }
}
