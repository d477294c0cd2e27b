package org.steadyhand.core;

/**
 * A shot's point of impact on the target, x to the right and y up from the target centre, in mm.
 *
 * @param atNanos session time of the shot
 * @param xMm horizontal offset from the centre, mm, positive to the right
 * @param yMm vertical offset from the centre, mm, positive up
 */
public record Shot(long atNanos, double xMm, double yMm) implements TimedEvent {
    public Shot {
        if (!Double.isFinite(xMm) || !Double.isFinite(yMm)) {
            throw new IllegalArgumentException("shot position must be finite, got (" + xMm + ", " + yMm + ")");
        }
    }

    @Override
    public String kind() {
        return "shot";
    }

    /** Distance of the impact from the target centre, mm. */
    public double radiusMm() {
        return Math.hypot(xMm, yMm);
    }

    @Override
    public Shot shiftedBy(long deltaNanos) {
        return new Shot(atNanos + deltaNanos, xMm, yMm);
    }
}
