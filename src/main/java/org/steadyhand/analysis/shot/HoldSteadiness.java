package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How steady the aim was just before each shot, from the aim point a sighting sensor projects on
 * the target (aim_x, aim_y, mm). These are the hold metrics of optical trainers (DOMAIN.md
 * "Shooting targets and scores"): the trace length in the last second before the shot and the
 * distance moved in the last 0.2 s. Both are path lengths (sum of the distances between
 * consecutive samples), so they grow with every wobble, not only with net drift; they depend on
 * the sample rate through sensor noise, so compare them at the same rate. Hold time and cant need
 * data this does not have and are not computed. Immutable.
 *
 * @param shots one entry per shot with a full second of trace before it, in shot order
 * @param meanTraceLastSecondMm mean over those shots of the trace length in the last second, mm
 * @param meanMovementLast200MsMm mean over those shots of the path length in the last 0.2 s, mm
 * @param shotsWithoutTrace shots left out because the trace does not cover the second before them
 */
public record HoldSteadiness(
        List<ShotHold> shots, double meanTraceLastSecondMm, double meanMovementLast200MsMm, int shotsWithoutTrace) {
    static final long SECOND_NANOS = 1_000_000_000L;
    static final long LAST_MOVE_NANOS = 200_000_000L;

    public HoldSteadiness {
        shots = List.copyOf(shots);
    }

    /**
     * The hold before one shot.
     *
     * @param shotAtNanos when the shot was fired
     * @param traceLastSecondMm path length of the aim point in the second before the shot, mm
     * @param movementLast200MsMm path length in the 0.2 s before the shot, mm
     */
    public record ShotHold(long shotAtNanos, double traceLastSecondMm, double movementLast200MsMm) {}

    /**
     * @param timesNanos aim sample times, strictly increasing
     * @param aimXMm aim x per sample (NaN samples break the path and are skipped)
     * @param aimYMm aim y per sample
     * @param shotTimesNanos when each shot was fired, on the same clock
     * @throws IllegalArgumentException when the arrays differ in length or times do not increase
     */
    public static HoldSteadiness of(long[] timesNanos, double[] aimXMm, double[] aimYMm, long[] shotTimesNanos) {
        if (timesNanos.length != aimXMm.length || timesNanos.length != aimYMm.length) {
            throw new IllegalArgumentException("aim times, x and y must have the same length");
        }
        for (int i = 1; i < timesNanos.length; i++) {
            if (timesNanos[i] <= timesNanos[i - 1]) {
                throw new IllegalArgumentException("aim sample times must increase, see sample " + i);
            }
        }
        List<ShotHold> holds = new ArrayList<>();
        int without = 0;
        for (long shot : shotTimesNanos) {
            if (timesNanos.length < 2
                    || timesNanos[0] > shot - SECOND_NANOS
                    || timesNanos[timesNanos.length - 1] < shot) {
                without++;
                continue;
            }
            holds.add(new ShotHold(
                    shot,
                    pathLength(timesNanos, aimXMm, aimYMm, shot - SECOND_NANOS, shot),
                    pathLength(timesNanos, aimXMm, aimYMm, shot - LAST_MOVE_NANOS, shot)));
        }
        double trace = holds.stream()
                .mapToDouble(ShotHold::traceLastSecondMm)
                .average()
                .orElse(Double.NaN);
        double move = holds.stream()
                .mapToDouble(ShotHold::movementLast200MsMm)
                .average()
                .orElse(Double.NaN);
        return new HoldSteadiness(holds, trace, move, without);
    }

    private static double pathLength(long[] t, double[] x, double[] y, long fromNanos, long toNanos) {
        int i = Arrays.binarySearch(t, fromNanos);
        i = i >= 0 ? i : -i - 1;
        double length = 0;
        for (; i + 1 < t.length && t[i + 1] <= toNanos; i++) {
            double step = Math.hypot(x[i + 1] - x[i], y[i + 1] - y[i]);
            if (Double.isFinite(step)) {
                length += step;
            }
        }
        return length;
    }
}
