package org.steadyhand.session;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.analysis.shot.HoldSteadiness;
import org.steadyhand.analysis.shot.ScoredShot;
import org.steadyhand.analysis.shot.SeriesStatistics;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Shot;
import org.steadyhand.core.Unit;

/**
 * The shooting metrics of a session (see {@link SessionMetrics}): its shots scored on the module's
 * target face, the series statistics, the hold before each shot from the aim channels and the cant
 * at each shot from the tilt channel. Shots come from whatever recorded them — the simulated rig, a
 * freETarget, a target camera — as {@link Shot} events. Stateless.
 */
final class ShotMetrics {
    private ShotMetrics() {}

    static void measure(TargetType face, SessionTelemetry telemetry, Map<String, Double> metrics) {
        List<Shot> shots = telemetry.events().stream()
                .filter(Shot.class::isInstance)
                .map(Shot.class::cast)
                .sorted(Comparator.comparingLong(Shot::atNanos))
                .toList();
        if (shots.isEmpty()) {
            return;
        }
        List<ScoredShot> scored =
                shots.stream().map(shot -> ScoredShot.of(face, shot)).toList();
        SeriesStatistics series = SeriesStatistics.of(scored, SeriesStatistics.ISSF_SERIES_SHOTS);
        metrics.put("shot_count", (double) series.shotCount());
        metrics.put("shot_total", (double) series.total());
        metrics.put("decimal_total", series.decimalTotal());
        metrics.put("mean_shot_score", series.averageDecimal());
        metrics.put("inner_tens", (double) series.innerTens());
        metrics.put("mpi_offset_mm", series.mpiOffsetMm());
        metrics.put("mean_radius_mm", series.meanRadiusMm());
        metrics.put("extreme_spread_mm", series.extremeSpreadMm());
        long[] shotTimes = shots.stream().mapToLong(Shot::atNanos).toArray();
        hold(telemetry, shotTimes).ifPresent(hold -> {
            metrics.put("hold_trace_1s_mm", hold.meanTraceLastSecondMm());
            metrics.put("hold_movement_200ms_mm", hold.meanMovementLast200MsMm());
        });
        telemetry
                .channel(ChannelNames.TILT)
                .filter(tilt -> tilt.channel().unit() == Unit.DEGREE && tilt.size() > 0)
                .ifPresent(tilt -> metrics.put("cant_at_shot_deg", meanAbsoluteAt(tilt, shotTimes)));
    }

    private static Optional<HoldSteadiness> hold(SessionTelemetry telemetry, long[] shotTimes) {
        Optional<SampleBlock> x = telemetry.channel(ChannelNames.AIM_X);
        Optional<SampleBlock> y = telemetry.channel(ChannelNames.AIM_Y);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        SampleBlock ax = x.get();
        SampleBlock ay = y.get();
        int n = Math.min(ax.size(), ay.size());
        if (ax.channel().unit() != Unit.MILLIMETRE || ay.channel().unit() != Unit.MILLIMETRE || n < 2) {
            return Optional.empty();
        }
        // Both axes come from the same readings; a recording may end between the two blocks.
        HoldSteadiness hold = HoldSteadiness.of(
                Arrays.copyOf(ax.timesNanos(), n),
                Arrays.copyOf(ax.values(), n),
                Arrays.copyOf(ay.values(), n),
                shotTimes);
        return hold.shots().isEmpty() ? Optional.empty() : Optional.of(hold);
    }

    /** Mean absolute value of the last sample at or before each shot (the cant as the shot broke). */
    private static double meanAbsoluteAt(SampleBlock block, long[] shotTimes) {
        double sum = 0;
        int used = 0;
        for (long shot : shotTimes) {
            int i = Arrays.binarySearch(block.timesNanos(), shot);
            i = i >= 0 ? i : -i - 2;
            if (i >= 0 && Double.isFinite(block.values()[i])) {
                sum += Math.abs(block.values()[i]);
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }
}
