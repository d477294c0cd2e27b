package org.steadyhand.ui.rig;

import org.steadyhand.analysis.shot.ScoredShot;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.Shot;

/**
 * The geometry of a paper target, for drawing it and giving each shot its ring.
 *
 * <p>Ring sizes as in DOMAIN.md (used by the open freETarget project): 10 m air rifle 10-ring
 * 0.5 mm, rings 5 mm apart in diameter, 1-ring 45.5 mm, black aiming mark from the 4-ring; 10 m air
 * pistol 10-ring 11.5 mm, rings 16 mm apart, 1-ring 155.5 mm, black from the 7-ring. Pellet 4.5 mm.
 *
 * @param tenRingDiameterMm diameter of the 10-ring
 * @param ringStepMm diameter difference between neighbouring rings
 * @param blackFromRing the lowest ring inside the black aiming mark
 */
public record TargetFace(String name, double tenRingDiameterMm, double ringStepMm, int blackFromRing) {
    public static final TargetFace AIR_RIFLE_10M = new TargetFace("10 m air rifle", 0.5, 5.0, 4);
    public static final TargetFace AIR_PISTOL_10M = new TargetFace("10 m air pistol", 11.5, 16.0, 7);
    /** Diameter of a 4.5 mm (.177) pellet. */
    public static final double PELLET_DIAMETER_MM = 4.5;

    /** The face for a module; pistol modules have "pistol" in their id, everything else is rifle. */
    public static TargetFace forModule(String moduleId) {
        return moduleId.contains("pistol") ? AIR_PISTOL_10M : AIR_RIFLE_10M;
    }

    /** The scoring face with the same rings, for decimal scores. */
    public TargetType type() {
        return this.equals(AIR_PISTOL_10M) ? TargetType.AIR_PISTOL_10M : TargetType.AIR_RIFLE_10M;
    }

    /** The shot's decimal score (1.0..10.9, 0.0 for a miss), as in {@link ScoredShot}. */
    public double decimalOf(Shot shot) {
        return ScoredShot.of(type(), shot).decimal();
    }

    /** Radius of ring {@code ring} (1..10), mm. */
    public double ringRadiusMm(int ring) {
        if (ring < 1 || ring > 10) {
            throw new IllegalArgumentException("rings are numbered 1 to 10, got " + ring);
        }
        return (tenRingDiameterMm + (10 - ring) * ringStepMm) / 2;
    }

    /** Radius of the black aiming mark, mm. */
    public double blackRadiusMm() {
        return ringRadiusMm(blackFromRing);
    }

    /**
     * The ring a shot scores, 0 for a miss. Inward gauging: a hole touching a ring line scores that
     * ring, i.e. the centre may lie up to a pellet radius outside it.
     */
    public int ringOf(Shot shot) {
        double r = shot.radiusMm() - PELLET_DIAMETER_MM / 2;
        for (int ring = 10; ring >= 1; ring--) {
            if (r <= ringRadiusMm(ring)) {
                return ring;
            }
        }
        return 0;
    }
}
