package org.steadyhand.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steadyhand.analysis.hrv.HrvAnalyzer;
import org.steadyhand.analysis.hrv.HrvResult;
import org.steadyhand.analysis.hrv.HrvSettings;
import org.steadyhand.analysis.stats.SummaryStatistics;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.store.SessionScoring.RankedScore;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.store.TelemetryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steadyhand report}: a session's statistics per channel and its events. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Report on one recorded session.")
final class ReportCommand extends CommandBase implements Callable<Integer> {
    @Parameters(paramLabel = "SESSION_ID", description = "Session id, or its first characters as 'sessions' shows.")
    String sessionId;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    ReportCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() {
        try (CliServices services = openServices()) {
            SessionSummary session = services.catalog().resolve(sessionId);
            Map<String, Object> report = SessionJson.of(session);
            report.put("channel_statistics", channelStatistics(services.telemetry(), session));
            List<TimedEvent> events = services.telemetry().events(session.id());
            report.put("events", eventSummary(events));
            report.put("hrv", sessionHrv(events).map(HrvJson::of).orElse(null));
            Optional<RankedScore> score = services.scoring().find(session);
            report.put("score", score.map(ScoreOutput::json).orElse(null));
            if (json) {
                out().println(Json.write(report));
            } else {
                printText(session, report);
                score.ifPresentOrElse(
                        s -> ScoreOutput.printText(out(), s),
                        () -> out().println("  not scored (only completed sessions of scored modules are)"));
            }
            out().flush();
            return 0;
        }
    }

    private static List<Map<String, Object>> channelStatistics(TelemetryReader telemetry, SessionSummary session) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (StoredChannel channel : session.channels()) {
            SummaryStatistics statistics = new SummaryStatistics();
            int corrupt = telemetry.forEachChunk(session.id(), channel, (times, values) -> statistics.addAll(values));
            SummaryStatistics.Result r = statistics.result();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", channel.channel().name());
            c.put("unit", channel.channel().unit().symbol());
            c.put("sample_count", r.count());
            c.put("duration_s", (channel.lastNanos() - channel.firstNanos()) / 1e9);
            c.put("mean", r.mean());
            c.put("sd", r.standardDeviation());
            c.put("min", r.min());
            c.put("max", r.max());
            c.put("rms", r.rms());
            c.put("corrupt_chunks", corrupt);
            result.add(c);
        }
        return result;
    }

    /**
     * HRV of the session's RR intervals at the reference tool's default settings; empty with fewer
     * than {@value HrvAnalyzer#MIN_INTERVALS} heart-beat intervals (a session without a strap).
     */
    private static Optional<HrvResult> sessionHrv(List<TimedEvent> events) {
        double[] rr = events.stream()
                .filter(RrInterval.class::isInstance)
                .mapToDouble(e -> ((RrInterval) e).millis())
                .toArray();
        try {
            return Optional.of(HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults()));
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> eventSummary(List<TimedEvent> events) {
        SummaryStatistics rr = new SummaryStatistics();
        long shots = 0;
        double shotRadiusSumMm = 0;
        for (TimedEvent event : events) {
            if (event instanceof RrInterval interval) {
                rr.add(interval.millis());
            } else if (event instanceof Shot shot) {
                shots++;
                shotRadiusSumMm += shot.radiusMm();
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        SummaryStatistics.Result r = rr.result();
        summary.put("rr_count", r.count());
        if (r.count() > 0) {
            summary.put("mean_rr_ms", r.mean());
            summary.put("mean_hr_bpm", 60_000.0 / r.mean());
        }
        summary.put("shot_count", shots);
        if (shots > 0) {
            summary.put("mean_shot_radius_mm", shotRadiusSumMm / shots);
        }
        return summary;
    }

    @SuppressWarnings("unchecked")
    private void printText(SessionSummary session, Map<String, Object> report) {
        out().printf(
                        "Session %s%n  module %s, trainee %s, %s, %.1f s, started %s%n",
                        session.id(),
                        session.moduleId(),
                        session.traineeName(),
                        session.status().label(),
                        session.duration().toMillis() / 1000.0,
                        session.startedAt());
        session.statusMessage().ifPresent(m -> out().printf("  note: %s%n", m));
        out().printf(
                        "  %-10s %-5s %9s %12s %12s %12s %12s%n",
                        "CHANNEL", "UNIT", "SAMPLES", "MEAN", "SD", "MIN", "MAX");
        for (Map<String, Object> c : (List<Map<String, Object>>) report.get("channel_statistics")) {
            out().printf(
                            "  %-10s %-5s %9d %12.4f %12.4f %12.4f %12.4f%n",
                            c.get("name"),
                            c.get("unit"),
                            c.get("sample_count"),
                            c.get("mean"),
                            c.get("sd"),
                            c.get("min"),
                            c.get("max"));
        }
        Map<String, Object> events = (Map<String, Object>) report.get("events");
        if (events.containsKey("mean_hr_bpm")) {
            out().printf(
                            "  heart: %d RR intervals, mean HR %.1f bpm%n",
                            events.get("rr_count"), events.get("mean_hr_bpm"));
        }
        Map<String, Object> hrv = (Map<String, Object>) report.get("hrv");
        if (hrv != null) {
            out().printf(
                            "  HRV: RMSSD %.1f ms, SDNN %.1f ms, pNN50 %.1f %%, stress index %s, LF/HF %s%n",
                            hrv.get("rmssd_ms"),
                            hrv.get("sdnn_ms"),
                            hrv.get("pnn50_pct"),
                            hrv.get("stress_index") == null ? "-" : String.format("%.1f", hrv.get("stress_index")),
                            hrv.get("lf_hf") == null ? "- (under 2 min)" : String.format("%.2f", hrv.get("lf_hf")));
        }
        if ((long) events.get("shot_count") > 0) {
            out().printf(
                            "  shots: %d, mean radius %.1f mm%n",
                            events.get("shot_count"), events.get("mean_shot_radius_mm"));
        }
    }
}
