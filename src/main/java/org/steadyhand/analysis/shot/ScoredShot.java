package org.steadyhand.analysis.shot;

import org.steadyhand.core.Shot;

/**
 * One shot scored by ISSF rules on a {@link TargetType}: its position, integer score, decimal score
 * and whether it is an inner ten. Immutable.
 *
 * <p>Rules (DOMAIN.md "Shooting targets and scores"):
 *
 * <ul>
 *   <li>Integer score with inward gauging: a hole touching a ring line scores that ring, so the
 *       score is the highest ring {@code n} with {@code r <= R(n) + calibre/2}; beyond the 1 ring
 *       the shot is a miss (0).
 *   <li>Decimal score: {@code 10 + (R10 + calibre/2 - r) / ringStep}, truncated (not rounded) to one
 *       decimal and capped at 10.9; 0.0 for a miss. Where the ring step equals {@code R10 +
 *       calibre/2} (10 m air rifle 2.5 mm, 10 m air pistol and 50 m rifle 8 mm) this is exactly
 *       freETarget's {@code 11 - r / (R10 + calibre/2)}; on every face the decimal's whole part is
 *       the integer score.
 * </ul>
 *
 * @param xMm hole centre, mm right of the target centre
 * @param yMm hole centre, mm above the target centre
 * @param score integer score 0..10 (0 = miss)
 * @param decimal decimal score 0.0 or 1.0..10.9
 * @param innerTen whether the shot is an inner ten (see {@link TargetType#innerTenMaxRadiusMm()})
 */
public record ScoredShot(double xMm, double yMm, int score, double decimal, boolean innerTen) {
    /** Tolerance for float noise at a ring line: 1 nm, far below any measurement. */
    private static final double EPSILON_MM = 1e-6;

    public ScoredShot {
        if (!Double.isFinite(xMm) || !Double.isFinite(yMm)) {
            throw new IllegalArgumentException("shot position must be finite, got (" + xMm + ", " + yMm + ")");
        }
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score must be 0..10, got " + score);
        }
        if (!(decimal == 0 || (decimal >= 1 && decimal <= 10.9)) || (int) Math.floor(decimal) != score) {
            throw new IllegalArgumentException("decimal " + decimal + " does not belong to score " + score);
        }
    }

    /** Scores the hole centred at ({@code xMm}, {@code yMm}) on {@code target}. */
    public static ScoredShot of(TargetType target, double xMm, double yMm) {
        double r = Math.hypot(xMm, yMm);
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("shot position must be finite, got (" + xMm + ", " + yMm + ")");
        }
        int score = integerScore(target, r);
        double decimal = score == 0 ? 0.0 : decimalScore(target, r, score);
        return new ScoredShot(xMm, yMm, score, decimal, score == 10 && r <= target.innerTenMaxRadiusMm() + EPSILON_MM);
    }

    /** Scores a shot from an electronic target or the simulated rig. */
    public static ScoredShot of(TargetType target, Shot shot) {
        return of(target, shot.xMm(), shot.yMm());
    }

    /** Distance of the hole centre from the target centre, mm. */
    public double radiusMm() {
        return Math.hypot(xMm, yMm);
    }

    private static int integerScore(TargetType target, double r) {
        double gauge = target.calibreMm() / 2;
        for (int ring = 10; ring >= 1; ring--) {
            if (r <= target.ringRadiusMm(ring) + gauge + EPSILON_MM) {
                return ring;
            }
        }
        return 0;
    }

    private static double decimalScore(TargetType target, double r, int score) {
        double raw = 10 + (target.tenRingRadiusMm() + target.calibreMm() / 2 - r) / target.ringStepMm();
        // Truncate to tenths; the epsilon keeps a value like 8.999999999 at a ring line on 9.0.
        double tenths = Math.floor(raw * 10 + 1e-6) / 10;
        // Keep the whole part equal to the integer score whatever the float noise did.
        return Math.min(10.9, Math.max(score, Math.min(tenths, score + 0.9)));
    }
}
