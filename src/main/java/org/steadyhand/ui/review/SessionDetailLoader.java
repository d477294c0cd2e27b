package org.steadyhand.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.analysis.force.ForceThresholds;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.ProgressListener;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.SessionListing;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.ui.rig.TargetFace;

/**
 * Reads a stored session and prepares everything the detail view draws: each channel streamed
 * chunk by chunk into float series with their min/max pyramids, the tremor waveform (2 Hz
 * high-pass, {@link TremorWaveformBuilder}), the tremor spectrum ({@link TremorAnalyzer}), the RR
 * tachogram and the shots, the stored score and the note. Runs on a background thread; stateless.
 */
final class SessionDetailLoader {
    static final String POSITION = "position";
    static final String TREMOR = "tremor";
    static final String FORCE = "force";
    static final String TILT = "tilt";
    static final String RR = "rr";

    private final ReviewServices services;

    SessionDetailLoader(ReviewServices services) {
        this.services = services;
    }

    /**
     * @param progress hears samples read of all stored samples (reading is most of the work)
     */
    SessionDetail load(SessionListing listing, ProgressListener progress) {
        SessionSummary session = listing.session();
        long total = Math.max(
                1,
                session.channels().stream()
                        .mapToLong(StoredChannel::sampleCount)
                        .sum());
        long[] done = {0};
        Map<String, MinMaxSeries> channels = new LinkedHashMap<>();
        Map<String, SeriesBuilder> builders = new LinkedHashMap<>();
        List<long[]> timeBases = new ArrayList<>();
        for (StoredChannel channel : session.channels()) {
            SeriesBuilder builder = new SeriesBuilder(channel.sampleCount());
            services.telemetry().forEachChunk(session.id(), channel, (times, values) -> {
                builder.add(times, values);
                done[0] += values.length;
                progress.progressed(Math.min(done[0], total), total);
            });
            MinMaxSeries series = builder.build(timeBases);
            if (timeBases.stream().noneMatch(t -> t == builder.times())) {
                timeBases.add(builder.times());
            }
            channels.put(channel.channel().name(), series);
            builders.put(channel.channel().name(), builder);
        }
        List<TimedEvent> events = services.telemetry().events(session.id());
        boolean marksmanship = channels.containsKey(ChannelNames.AIM_X)
                || events.stream().anyMatch(Shot.class::isInstance)
                || session.moduleId().startsWith("air-");
        String xName = marksmanship ? ChannelNames.AIM_X : ChannelNames.TIP_X;
        String yName = marksmanship ? ChannelNames.AIM_Y : ChannelNames.TIP_Y;
        List<SeriesBuilder> axes = new ArrayList<>();
        for (String name : List.of(xName, yName)) {
            SeriesBuilder axis = builders.get(name);
            if (axis != null && axis.size() > 0 && unitOf(session, name) == Unit.MILLIMETRE) {
                axes.add(axis);
            }
        }

        List<TimePlotData> plots = new ArrayList<>();
        String positionTitle = marksmanship ? "Aim point" : "Tip position";
        plots.add(plot(POSITION, positionTitle, "mm", channels, List.of(xName, yName), List.of()));
        plots.add(tremorPlot(axes, positionTitle.toLowerCase(java.util.Locale.ROOT)));
        plots.add(plot(
                FORCE,
                "Tip force",
                "mN",
                channels,
                List.of(ChannelNames.TIP_FORCE),
                List.of(
                        new TimePlotData.Threshold(
                                "caution", ForceThresholds.DEFAULT_CAUTION_MILLI_NEWTONS, TimePlotData.Level.CAUTION),
                        new TimePlotData.Threshold(
                                "danger", ForceThresholds.DEFAULT_DANGER_MILLI_NEWTONS, TimePlotData.Level.DANGER))));
        plots.add(plot(TILT, "Tilt", "°", channels, List.of(ChannelNames.TILT), List.of()));
        plots.add(rrPlot(events));

        Optional<TremorMetrics> tremor = Optional.empty();
        String tremorMissing = "Tremor spectrum: " + positionTitle.toLowerCase(java.util.Locale.ROOT)
                + " not recorded in this session";
        if (!axes.isEmpty()) {
            try {
                tremor = Optional.of(spectrum(axes));
            } catch (IllegalArgumentException e) {
                tremorMissing = "Tremor spectrum not available: " + e.getMessage();
            }
        }
        List<Shot> shots = events.stream()
                .filter(Shot.class::isInstance)
                .map(Shot.class::cast)
                .toList();
        return new SessionDetail(
                listing,
                services.modules()
                        .find(session.moduleId())
                        .map(TrainingModule::name)
                        .orElse(session.moduleId()),
                wholeRange(session, channels.values(), events),
                plots,
                tremor,
                tremorMissing,
                shots,
                marksmanship ? Optional.of(TargetFace.forModule(session.moduleId())) : Optional.empty(),
                services.scores().find(session.id()),
                services.notes().find(session.id()));
    }

    private static Unit unitOf(SessionSummary session, String channel) {
        return session.channel(channel).map(c -> c.channel().unit()).orElse(Unit.NORMALISED);
    }

    private static TimePlotData plot(
            String id,
            String title,
            String unit,
            Map<String, MinMaxSeries> channels,
            List<String> names,
            List<TimePlotData.Threshold> thresholds) {
        List<TimePlotData.Trace> traces = new ArrayList<>();
        for (String name : names) {
            MinMaxSeries series = channels.get(name);
            if (series != null && series.size() > 0) {
                traces.add(new TimePlotData.Trace(name, series));
            }
        }
        if (traces.isEmpty()) {
            return TimePlotData.missing(id, title, unit, title + ": not recorded in this session");
        }
        return new TimePlotData(id, title, unit, traces, thresholds, Optional.empty(), false);
    }

    private static TimePlotData tremorPlot(List<SeriesBuilder> axes, String source) {
        String title = "Tremor (2 Hz high-pass)";
        if (axes.isEmpty()) {
            return TimePlotData.missing(TREMOR, title, "µm", "Tremor: " + source + " not recorded in this session");
        }
        List<TimePlotData.Trace> traces = new ArrayList<>();
        String[] names = {"x", "y"};
        for (int a = 0; a < axes.size(); a++) {
            SeriesBuilder axis = axes.get(a);
            traces.add(new TimePlotData.Trace(
                    names[a], TremorWaveformBuilder.highPassedMicrometres(axis.times(), axis.values(), axis.size())));
        }
        return new TimePlotData(TREMOR, title, "µm", traces, List.of(), Optional.empty(), false);
    }

    private static TimePlotData rrPlot(List<TimedEvent> events) {
        List<RrInterval> beats = events.stream()
                .filter(RrInterval.class::isInstance)
                .map(RrInterval.class::cast)
                .toList();
        if (beats.isEmpty()) {
            return TimePlotData.missing(
                    RR, "RR intervals", "ms", "RR intervals: heart beats not recorded in this session");
        }
        long[] times = new long[beats.size()];
        float[] millis = new float[beats.size()];
        for (int i = 0; i < beats.size(); i++) {
            times[i] = beats.get(i).atNanos();
            millis[i] = (float) beats.get(i).millis();
        }
        MinMaxSeries series = new MinMaxSeries(times, millis, times.length);
        return new TimePlotData(
                RR,
                "RR intervals",
                "ms",
                List.of(new TimePlotData.Trace("RR", series)),
                List.of(),
                Optional.empty(),
                true);
    }

    /** Welch spectrum of the position's axes, as {@code analyze tremor} computes it. */
    private static TremorMetrics spectrum(List<SeriesBuilder> axes) {
        int n = axes.stream().mapToInt(SeriesBuilder::size).min().orElse(0);
        long[] times = java.util.Arrays.copyOf(axes.get(0).times(), n);
        double[][] values = new double[axes.size()][n];
        for (int a = 0; a < axes.size(); a++) {
            float[] source = axes.get(a).values();
            for (int i = 0; i < n; i++) {
                values[a][i] = source[i];
            }
        }
        return TremorAnalyzer.analyze(
                TremorInput.timestamped(Unit.MILLIMETRE, times, values), TremorSettings.defaults());
    }

    private static TimeRange wholeRange(
            SessionSummary session, Iterable<MinMaxSeries> channels, List<TimedEvent> events) {
        long last = Math.max(0, session.duration().toNanos());
        for (MinMaxSeries series : channels) {
            last = Math.max(last, series.lastNanos());
        }
        for (TimedEvent event : events) {
            last = Math.max(last, event.atNanos());
        }
        return new TimeRange(0, Math.max(last, 1_000_000_000L));
    }
}
