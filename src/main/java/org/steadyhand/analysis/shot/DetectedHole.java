package org.steadyhand.analysis.shot;

/**
 * A new hole found in a target photograph.
 *
 * @param xMm centre, mm right of the target centre
 * @param yMm centre, mm above the target centre
 * @param column centre column in the frame, pixels
 * @param row centre row in the frame, pixels
 * @param fitted whether the centre was fitted to the hole's edge (touching or overlapping holes)
 *     rather than taken as the centroid of a whole hole
 */
public record DetectedHole(double xMm, double yMm, double column, double row, boolean fitted) {}
