package org.steadyhand.session;

import org.steadyhand.analysis.shot.TargetType;

/**
 * Where a module's task puts the instrument tip, in the rig's coordinates (mm), as the module
 * definition declares it. The path metrics measure against it.
 */
public sealed interface TaskTarget
        permits TaskTarget.None, TaskTarget.HoldPoint, TaskTarget.TraceCircle, TaskTarget.Shoot {

    /** The task has no geometric target (a forceps peel). */
    record None() implements TaskTarget {}

    /**
     * Hold the tip at a point.
     *
     * @param toleranceMillimetres distance from the point that still counts as on target
     */
    record HoldPoint(double xMillimetres, double yMillimetres, double toleranceMillimetres) implements TaskTarget {
        public HoldPoint {
            if (!(toleranceMillimetres > 0)) {
                throw new IllegalArgumentException("'tolerance_mm' must be > 0, got " + toleranceMillimetres);
            }
        }
    }

    /** Trace a circle round a centre (the capsulorhexis task). */
    record TraceCircle(double centreXMillimetres, double centreYMillimetres, double radiusMillimetres)
            implements TaskTarget {
        public TraceCircle {
            if (!(radiusMillimetres > 0)) {
                throw new IllegalArgumentException("'radius_mm' must be > 0, got " + radiusMillimetres);
            }
        }
    }

    /** Shoot a series at an ISSF target face; the shot metrics score the shots on it. */
    record Shoot(TargetType face) implements TaskTarget {
        public Shoot {
            if (face == null) {
                throw new IllegalArgumentException("a shooting task needs a target face");
            }
        }
    }
}
