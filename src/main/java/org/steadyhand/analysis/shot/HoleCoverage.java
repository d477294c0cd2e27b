package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * The last check of a hole found by {@link FrameDifference}: a pellet hole shows the backing over
 * all of its disc, so wherever the print there differed from the backing, the frame changed. A
 * changed region that only looks like a hole does not: fine print (a ring number's strokes, a ring
 * line) whose contrast changed when the focus or the blur changed between frames gives a region
 * of a hole's size once closed, but round it the rest of the disc (paper or black unlike the
 * changed strokes) stayed as it was.
 *
 * <p>The backing level is the median of the frame over the disc's changed points; points where
 * the reference was within the change threshold of it (a blurred stroke as grey as the backing)
 * carry no evidence and are left out, as are points on older holes. Of the rest, most must have
 * changed; a disc with too few points of evidence is kept (a hole is never dropped for lack of
 * contrast). Stateless.
 */
final class HoleCoverage {
    /** Share of the points of evidence that must have changed. */
    static final double MIN_CHANGED_SHARE = 0.6;
    /** Below this share of the disc with evidence, the check says nothing. */
    static final double MIN_EVIDENCE_SHARE = 0.25;

    private HoleCoverage() {}

    /** Whether the disc of {@code radiusMm} at {@code c} (target mm) changed as a new hole does. */
    static boolean isHole(
            double[] c, HoleEdges.Frames frames, TargetRegistration reg, double radiusMm, List<DetectedHole> older) {
        double pixel = reg.mmPerPixel();
        double reach = radiusMm - 1.5 * pixel;
        double clear = radiusMm + 1.5 * pixel;
        List<double[]> points = new ArrayList<>();
        List<Double> changedNow = new ArrayList<>();
        for (double dy = -reach; dy <= reach; dy += pixel) {
            for (double dx = -reach; dx <= reach; dx += pixel) {
                double x = c[0] + dx;
                double y = c[1] + dy;
                if (dx * dx + dy * dy > reach * reach
                        || older.stream().anyMatch(o -> Math.hypot(x - o.xMm(), y - o.yMm()) < clear)) {
                    continue;
                }
                double[] q = reg.toPixel(x, y);
                double now = frames.now(q[0], q[1]);
                double before = frames.before(q[0], q[1]);
                points.add(new double[] {now, before});
                if (Math.abs(now - before) > ShotFrameAnalyzer.CHANGE) {
                    changedNow.add(now);
                }
            }
        }
        if (changedNow.isEmpty()) {
            return false;
        }
        java.util.Collections.sort(changedNow);
        double backing = changedNow.get(changedNow.size() / 2);
        int evidence = 0;
        int changed = 0;
        for (double[] p : points) {
            if (Math.abs(p[1] - backing) > ShotFrameAnalyzer.CHANGE) {
                evidence++;
                changed += Math.abs(p[0] - p[1]) > ShotFrameAnalyzer.CHANGE ? 1 : 0;
            }
        }
        return evidence < MIN_EVIDENCE_SHARE * points.size() || changed >= MIN_CHANGED_SHARE * evidence;
    }
}
