package org.steadyhand.ui.rig;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.steadyhand.analysis.hrv.Biofeedback;
import org.steadyhand.core.Shot;

/**
 * What the rig screen shows at one display refresh: an immutable snapshot of {@link LiveSignals}.
 * Arrays are fresh copies owned by the frame; readers must not modify them.
 *
 * @param motion which point the trace and RMS follow, and their unit
 * @param traceSeconds times of the trace points relative to the newest, seconds (all &lt;= 0)
 * @param traceValues high-passed x position at those times, in {@code motion.displayUnit()}
 * @param tremorRms RMS over the last second of high-passed x and y (radial), in the display unit
 * @param tremorStability stability score 0-100 of the tip's tremor over the last 4 s (surgical
 *     modules; empty until a window has filled)
 * @param tremorPeakHz dominant tremor frequency, empty without a clear peak
 * @param forceMilliNewtons tip force: the peak since the previous frame, so a spike between two
 *     refreshes still shows
 * @param tiltDegrees instrument tilt from the vertical
 * @param heartRateBpm 60000 / mean of the latest RR intervals (DOMAIN.md, "mean HR")
 * @param heartVariability HR, RMSSD and stress index of the last {@value
 *     LiveSignals#HRV_WINDOW_SECONDS} s of beats; empty before three beats
 * @param shots shots since the preview opened or the recording started, oldest first
 * @param aimXMm latest aim point, mm from the target centre
 * @param sourceStatus one line on the state of the sources, e.g. the attached device
 */
public record LiveFrame(
        MotionKind motion,
        double[] traceSeconds,
        double[] traceValues,
        OptionalDouble tremorRms,
        OptionalDouble tremorStability,
        OptionalDouble tremorPeakHz,
        OptionalDouble forceMilliNewtons,
        OptionalDouble tiltDegrees,
        OptionalDouble heartRateBpm,
        Optional<Biofeedback> heartVariability,
        List<Shot> shots,
        OptionalDouble aimXMm,
        OptionalDouble aimYMm,
        String sourceStatus) {
    public LiveFrame {
        if (traceSeconds.length != traceValues.length) {
            throw new IllegalArgumentException(
                    "trace has " + traceSeconds.length + " times but " + traceValues.length + " values");
        }
        shots = List.copyOf(shots);
    }

    /** A frame with no data yet. */
    public static LiveFrame empty(MotionKind motion, String sourceStatus) {
        OptionalDouble none = OptionalDouble.empty();
        return new LiveFrame(
                motion,
                new double[0],
                new double[0],
                none,
                none,
                none,
                none,
                none,
                none,
                Optional.empty(),
                List.of(),
                none,
                none,
                sourceStatus);
    }
}
