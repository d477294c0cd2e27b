package org.steadyhand.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.steadyhand.analysis.force.ForceThresholds;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
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
 * Reads a stored session and prepares what the detail view draws. {@link #load} reads every
 * channel chunk by chunk into float series with their min/max pyramids, and the position's tremor
 * waveform (2 Hz high-pass, {@link TremorWaveformBuilder}); the position axes are read on the
 * common pool while this thread reads the other channels. {@link #spectrum} then computes the
 * tremor spectrum ({@link TremorAnalyzer}, as {@code analyze tremor} does), the slowest part, after
 * the plots can already be drawn. Stateless; call from background threads.
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

    /** @param progress hears samples read of all stored samples (reading is most of the work) */
    SessionDetail load(SessionListing listing, ProgressListener progress) {
        SessionSummary session = listing.session();
        long total = Math.max(
                1,
                session.channels().stream()
                        .mapToLong(StoredChannel::sampleCount)
                        .sum());
        AtomicLong done = new AtomicLong();
        LongConsumer counted = chunk -> progress.progressed(Math.min(done.addAndGet(chunk), total), total);
        List<TimedEvent> events = services.telemetry().events(session.id());
        boolean marksmanship = session.channel(ChannelNames.AIM_X).isPresent()
                || events.stream().anyMatch(Shot.class::isInstance)
                || session.moduleId().startsWith("air-");
        String xName = marksmanship ? ChannelNames.AIM_X : ChannelNames.TIP_X;
        String yName = marksmanship ? ChannelNames.AIM_Y : ChannelNames.TIP_Y;
        String positionTitle = marksmanship ? "Aim point" : "Tip position";

        List<StoredChannel> positionChannels = session.channels().stream()
                .filter(c -> List.of(xName, yName).contains(c.channel().name()))
                .toList();
        CompletableFuture<Map<String, MinMaxSeries>> positions =
                CompletableFuture.supplyAsync(() -> read(session, positionChannels, counted));
        Map<String, MinMaxSeries> channels = read(
                session,
                session.channels().stream()
                        .filter(c -> !positionChannels.contains(c))
                        .toList(),
                counted);
        try {
            channels.putAll(positions.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        List<TimePlotData> plots = new ArrayList<>();
        TimePlotData position = plot(POSITION, positionTitle, "mm", channels, List.of(xName, yName), List.of());
        plots.add(position);
        plots.add(tremorPlot(session, position, positionTitle));
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
        return new SessionDetail(
                listing,
                services.modules()
                        .find(session.moduleId())
                        .map(TrainingModule::name)
                        .orElse(session.moduleId()),
                wholeRange(session, channels.values(), events),
                plots,
                events.stream()
                        .filter(Shot.class::isInstance)
                        .map(Shot.class::cast)
                        .toList(),
                marksmanship ? Optional.of(TargetFace.forModule(session.moduleId())) : Optional.empty(),
                services.scores().find(session.id()),
                services.notes().find(session.id()));
    }

    /** Reads channels one after the other; series with equal sample times share one time array. */
    private Map<String, MinMaxSeries> read(SessionSummary session, List<StoredChannel> wanted, LongConsumer counted) {
        Map<String, MinMaxSeries> out = new LinkedHashMap<>();
        List<long[]> timeBases = new ArrayList<>();
        for (StoredChannel channel : wanted) {
            SeriesBuilder builder = new SeriesBuilder(channel.sampleCount());
            services.telemetry().forEachChunk(session.id(), channel, (times, values) -> {
                builder.add(times, values);
                counted.accept(values.length);
            });
            MinMaxSeries series = builder.build(timeBases);
            if (timeBases.stream().noneMatch(t -> t == series.timesNanos())) {
                timeBases.add(series.timesNanos());
            }
            out.put(channel.channel().name(), series);
        }
        return out;
    }

    /** The position axes recorded in mm (the tremor is measured on those). */
    private static List<TimePlotData.Trace> positionAxes(SessionSummary session, TimePlotData position) {
        return position.traces().stream()
                .filter(t -> session.channel(t.name())
                        .map(c -> c.channel().unit() == Unit.MILLIMETRE)
                        .orElse(false))
                .toList();
    }

    private static TimePlotData tremorPlot(SessionSummary session, TimePlotData position, String positionTitle) {
        String title = "Tremor, 2 Hz high-pass";
        List<TimePlotData.Trace> axes = positionAxes(session, position);
        if (axes.isEmpty()) {
            return TimePlotData.missing(
                    TREMOR,
                    title,
                    "µm",
                    "Tremor: " + positionTitle.toLowerCase(Locale.ROOT) + " not recorded in this session");
        }
        String[] names = {"x", "y"};
        List<TimePlotData.Trace> traces = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            MinMaxSeries axis = axes.get(a).series();
            traces.add(new TimePlotData.Trace(
                    names[a],
                    TremorWaveformBuilder.highPassedMicrometres(axis.timesNanos(), axis.values(), axis.size())));
        }
        return new TimePlotData(TREMOR, title, "µm", traces, List.of(), Optional.empty(), false);
    }

    /**
     * The Welch tremor spectrum of the position's axes, as {@code analyze tremor} computes it, or
     * why there is none. Axes are analysed on the first axis's sample times.
     */
    SpectrumState spectrum(SessionDetail detail) {
        SessionSummary session = detail.listing().session();
        TimePlotData position = detail.plot(POSITION).orElseThrow();
        List<TimePlotData.Trace> axes = positionAxes(session, position);
        if (axes.isEmpty()) {
            return SpectrumState.missing(
                    "Tremor spectrum: " + position.title().toLowerCase(Locale.ROOT) + " not recorded in this session");
        }
        int n = axes.stream().mapToInt(t -> t.series().size()).min().orElse(0);
        long[] times = java.util.Arrays.copyOf(axes.get(0).series().timesNanos(), n);
        double[][] values = new double[axes.size()][n];
        for (int a = 0; a < axes.size(); a++) {
            float[] source = axes.get(a).series().values();
            for (int i = 0; i < n; i++) {
                values[a][i] = source[i];
            }
        }
        try {
            return SpectrumState.of(TremorAnalyzer.analyze(
                    TremorInput.timestamped(Unit.MILLIMETRE, times, values), TremorSettings.defaults()));
        } catch (IllegalArgumentException e) {
            return SpectrumState.missing("Tremor spectrum not available: " + e.getMessage());
        }
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
