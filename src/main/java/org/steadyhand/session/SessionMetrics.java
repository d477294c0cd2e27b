package org.steadyhand.session;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.force.ForceAnalyzer;
import org.steadyhand.analysis.force.ForceMetrics;
import org.steadyhand.analysis.force.ForceThresholds;
import org.steadyhand.analysis.path.CirclePathMetrics;
import org.steadyhand.analysis.path.HoldMetrics;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;

/**
 * Measures a session: every metric a module's score components may name, computed from the
 * session's telemetry with the tremor, force and path analyses. Names are snake_case with the unit
 * in the name. A metric the data cannot give (no force channel, a session too short for a tremor
 * spectrum) is simply absent, and the score engine leaves its component out.
 *
 * <p>Metrics:
 *
 * <ul>
 *   <li>tremor of the tip in the horizontal plane (tip_x and tip_y together): {@code
 *       tremor_rms_um}, {@code tremor_peak_hz} (NaN without a clear peak), {@code
 *       tremor_stability} (0-100), {@code tremor_band_power_ratio};
 *   <li>force (tip_force): {@code peak_force_mn}, {@code mean_force_mn}, {@code
 *       time_above_caution_pct}, {@code time_above_danger_pct}, {@code contact_time_pct} (shares
 *       of the measured time), {@code impulse_above_caution_mn_s};
 *   <li>holding a point: {@code hold_error_rms_mm}, {@code hold_within_tolerance_pct};
 *   <li>tracing a circle: {@code path_deviation_rms_mm}, {@code lap_coverage_pct}, {@code
 *       lap_time_s} (NaN when no lap was completed), {@code drawn_radius_mm};
 *   <li>shooting at a target face (shot events, aim_x/aim_y, tilt; {@link ShotMetrics}): {@code
 *       shot_count}, {@code shot_total}, {@code decimal_total}, {@code mean_shot_score} (mean
 *       decimal), {@code inner_tens}, {@code mpi_offset_mm}, {@code mean_radius_mm}, {@code
 *       extreme_spread_mm}, {@code hold_trace_1s_mm}, {@code hold_movement_200ms_mm}, {@code
 *       cant_at_shot_deg}.
 * </ul>
 *
 * <p>Stateless apart from its settings; thread-safe.
 */
public final class SessionMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(SessionMetrics.class);

    private final TremorSettings tremorSettings;
    private final ForceThresholds forceThresholds;

    public SessionMetrics(TremorSettings tremorSettings, ForceThresholds forceThresholds) {
        this.tremorSettings = tremorSettings;
        this.forceThresholds = forceThresholds;
    }

    /** With the documented default settings of each analysis. */
    public static SessionMetrics withDefaults() {
        return new SessionMetrics(TremorSettings.defaults(), ForceThresholds.DEFAULTS);
    }

    /** The metrics of {@code telemetry} for {@code module}, in a stable order. */
    public Map<String, Double> measure(TrainingModule module, SessionTelemetry telemetry) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Optional<SampleBlock> x = telemetry.channel(ChannelNames.TIP_X);
        Optional<SampleBlock> y = telemetry.channel(ChannelNames.TIP_Y);
        if (x.isPresent() && y.isPresent()) {
            int common = commonSamples(x.get(), y.get());
            if (common > 0) {
                SampleBlock tipX = prefix(x.get(), common);
                SampleBlock tipY = prefix(y.get(), common);
                tremor(tipX, tipY, metrics);
                path(module.target(), tipX, tipY, metrics);
            }
        }
        telemetry.channel(ChannelNames.TIP_FORCE).ifPresent(force -> force(force, metrics));
        if (module.target() instanceof TaskTarget.Shoot shoot) {
            ShotMetrics.measure(shoot.face(), telemetry, metrics);
        }
        return metrics;
    }

    /**
     * How many leading samples the plane's two axes share. They come from the same instrument
     * readings, but a recording can stop between the x and the y block of the same instant, so one
     * axis may have a block more at the end; the common part is what has both coordinates.
     *
     * @return the common length, or 0 when the axes are not sampled together at all
     */
    private static int commonSamples(SampleBlock x, SampleBlock y) {
        int n = Math.min(x.size(), y.size());
        if (n == 0 || x.timesNanos()[0] != y.timesNanos()[0] || x.timesNanos()[n - 1] != y.timesNanos()[n - 1]) {
            LOG.warn("tip_x and tip_y are not sampled together; no tremor or path metrics");
            return 0;
        }
        return n;
    }

    private static SampleBlock prefix(SampleBlock block, int length) {
        return length == block.size()
                ? block
                : new SampleBlock(
                        block.channel(),
                        Arrays.copyOf(block.timesNanos(), length),
                        Arrays.copyOf(block.values(), length));
    }

    private void tremor(SampleBlock x, SampleBlock y, Map<String, Double> metrics) {
        try {
            TremorMetrics tremor = TremorAnalyzer.analyze(
                    TremorInput.timestamped(x.channel().unit(), x.timesNanos(), x.values(), y.values()),
                    tremorSettings);
            metrics.put("tremor_rms_um", tremor.rmsMicrometres());
            metrics.put("tremor_peak_hz", tremor.peakHz());
            metrics.put("tremor_stability", tremor.stabilityScore());
            metrics.put("tremor_band_power_ratio", tremor.bandPowerRatio());
        } catch (IllegalArgumentException e) {
            LOG.info("no tremor metrics: {}", e.getMessage());
        }
    }

    private static void path(TaskTarget target, SampleBlock x, SampleBlock y, Map<String, Double> metrics) {
        if (x.channel().unit() != Unit.MILLIMETRE || y.channel().unit() != Unit.MILLIMETRE) {
            return;
        }
        switch (target) {
            case TaskTarget.HoldPoint point -> {
                HoldMetrics hold = HoldMetrics.of(
                        x.values(),
                        y.values(),
                        point.xMillimetres(),
                        point.yMillimetres(),
                        point.toleranceMillimetres());
                metrics.put("hold_error_rms_mm", hold.errorRmsMillimetres());
                metrics.put("hold_within_tolerance_pct", hold.withinTolerancePct());
            }
            case TaskTarget.TraceCircle circle -> {
                CirclePathMetrics path = CirclePathMetrics.of(
                        x.timesNanos(),
                        x.values(),
                        y.values(),
                        circle.centreXMillimetres(),
                        circle.centreYMillimetres(),
                        circle.radiusMillimetres());
                metrics.put("path_deviation_rms_mm", path.deviationRmsMillimetres());
                metrics.put("lap_coverage_pct", path.coveragePct());
                metrics.put("lap_time_s", path.lapTimeSeconds());
                metrics.put("drawn_radius_mm", path.drawn().radiusMillimetres());
            }
            case TaskTarget.Shoot shoot -> {}
            case TaskTarget.None none -> {}
        }
    }

    private void force(SampleBlock force, Map<String, Double> metrics) {
        if (force.channel().unit() != Unit.MILLINEWTON || force.size() == 0) {
            return;
        }
        ForceMetrics f = ForceAnalyzer.analyze(force.timesNanos(), force.values(), forceThresholds);
        metrics.put("peak_force_mn", f.peakForceMilliNewtons());
        metrics.put("mean_force_mn", f.meanForceMilliNewtons());
        double measured = f.measuredSeconds();
        if (measured > 0) {
            metrics.put("time_above_caution_pct", 100 * f.timeAboveCautionSeconds() / measured);
            metrics.put("time_above_danger_pct", 100 * f.timeAboveDangerSeconds() / measured);
            metrics.put("contact_time_pct", 100 * f.contactTimeSeconds() / measured);
        }
        metrics.put("impulse_above_caution_mn_s", f.impulseAboveCautionMilliNewtonSeconds());
    }
}
