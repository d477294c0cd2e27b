package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.tremor.TremorBand;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.Database;
import org.steadyhand.store.ExportFormat;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionFilter;
import org.steadyhand.store.SessionListing;
import org.steadyhand.ui.ScoreLine;

/** The session detail on a real H2 file: load, shared zoom, note, export. Hops run in place. */
class SessionDetailViewModelTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database database;
    private StoredSessions sessions;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        sessions = new StoredSessions(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SessionDetailViewModel model(java.util.concurrent.Executor exporter) {
        return new SessionDetailViewModel(
                ReviewServices.of(database, ModuleCatalog.builtIn(), CLOCK), Runnable::run, exporter, Runnable::run);
    }

    private SessionId surgical(double seconds) {
        Map<String, DoubleUnaryOperator> channels = new LinkedHashMap<>();
        channels.put(ChannelNames.TIP_X, StoredSessions.TIP_X);
        channels.put(ChannelNames.TIP_Y, StoredSessions.TIP_Y);
        channels.put(ChannelNames.TIP_FORCE, StoredSessions.FORCE);
        channels.put(ChannelNames.TILT, StoredSessions.TILT);
        List<TimedEvent> beats = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            beats.add(new RrInterval(i * 800_000_000L, 800 + 10 * (i % 3)));
        }
        SessionId id = sessions.store("Ada", "forceps", START, seconds, SessionStatus.COMPLETED, channels, beats);
        sessions.score(id, "forceps", 82.44);
        return id;
    }

    private SessionListing listing(SessionId id) {
        return new SessionCatalog(database)
                .list(SessionFilter.ALL).stream()
                        .filter(l -> l.session().id().equals(id))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void loadsEveryPlotOnTheSessionsTimeRange() {
        SessionDetailViewModel model = model(Runnable::run);

        model.open(listing(surgical(20)));

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.loadProgressProperty().get()).isEqualTo(1.0);
        SessionDetail detail = model.detailProperty().get().orElseThrow();
        assertThat(detail.whole()).isEqualTo(new TimeRange(0, 20_000_000_000L));
        assertThat(model.visibleRangeProperty().get()).isEqualTo(detail.whole());
        assertThat(detail.plots())
                .extracting(TimePlotData::id)
                .containsExactlyElementsOf(SessionDetailViewModel.plotIds());
        TimePlotData position = detail.plot("position").orElseThrow();
        assertThat(position.title()).isEqualTo("Tip position");
        assertThat(position.traces()).extracting(t -> t.series().size()).containsExactly(20_000, 20_000);
        assertThat(position.traces().get(0).series().range()[0]).isCloseTo(1.0 - 0.05, within(0.01));
        assertThat(position.traces().get(0).series().range()[1]).isCloseTo(5.0 + 0.05, within(0.01));
        TimePlotData tremor = detail.plot("tremor").orElseThrow();
        assertThat(tremor.unit()).isEqualTo("µm");
        assertThat(tremor.traces()).extracting(t -> t.series().size()).containsExactly(20_000, 20_000);
        // The 3 mm offset is gone; a second-order 2 Hz high-pass passes the 50 µm tremor at 10 Hz by
        // |H| = (f/fc)² / sqrt(1 + (f/fc)⁴) = 0.9992, and lets through 1 % of the 2 mm sway at 0.2 Hz.
        double expected = 50 * gain(10) + 2000 * gain(0.2);
        MinMaxSeries.Decimated late = tremor.traces().get(0).series().decimate(10_000_000_000L, 20_000_000_000L, 1);
        assertThat(late.max()[0]).isCloseTo(expected, within(1.0));
        assertThat(late.min()[0]).isCloseTo(-expected, within(1.0));
        TimePlotData force = detail.plot("force").orElseThrow();
        assertThat(force.thresholds()).extracting(TimePlotData.Threshold::value).containsExactly(7.5, 9.0);
        assertThat(force.traces().get(0).series().range()[1]).isCloseTo(10, within(0.01));
        assertThat(detail.plot("tilt").orElseThrow().sampleCount()).isEqualTo(20_000);
        TimePlotData rr = detail.plot("rr").orElseThrow();
        assertThat(rr.points()).isTrue();
        assertThat(rr.sampleCount()).isEqualTo(20);
        assertThat(rr.traces().get(0).series().range()).containsExactly(800.0, 820.0);
        assertThat(model.spectrumProperty().get().metrics()).hasValueSatisfying(m -> {
            assertThat(m.peakHz()).isCloseTo(10, within(0.3));
            assertThat(m.dominantBand()).isEqualTo(TremorBand.PHYSIOLOGICAL);
        });
        assertThat(detail.target()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("Ada — Forceps");
    }

    private static double gain(double hz) {
        double r = Math.pow(hz / 2.0, 2);
        return r / Math.sqrt(1 + r * r);
    }

    @Test
    void showsTheScoreBreakdown() {
        SessionDetailViewModel model = model(Runnable::run);

        model.open(listing(surgical(2)));

        assertThat(model.scoreSummaryProperty().get()).isEqualTo("82.4 / 100 · grade B · PASS (pass mark 70)");
        assertThat(model.scoreLines())
                .containsExactly(
                        new ScoreLine("Tremor stability", "100 %", "tremor stability 81.5", "82.4", true, false),
                        new ScoreLine("Tissue treatment", "—", "not measured", "—", false, false));
    }

    @Test
    void channelsTheSessionLacksSayNotRecorded() {
        SessionId id = sessions.store(
                "Grace",
                "air-rifle-10m",
                START,
                5,
                SessionStatus.STOPPED,
                Map.of(ChannelNames.AIM_X, t -> 0.3 * Math.sin(t), ChannelNames.AIM_Y, t -> 0.1),
                List.of(new Shot(1_000_000_000L, 0.5, -0.25), new Shot(3_000_000_000L, 2.0, 1.0)));
        SessionDetailViewModel model = model(Runnable::run);

        model.open(listing(id));

        SessionDetail detail = model.detailProperty().get().orElseThrow();
        assertThat(detail.plot("position").orElseThrow().title()).isEqualTo("Aim point");
        assertThat(model.spectrumProperty().get().metrics())
                .as("5 s of a slow sway: the tremor of the aim point is analysed")
                .isPresent();
        assertThat(detail.plot("force").orElseThrow().notRecorded())
                .hasValue("Tip force: not recorded in this session");
        assertThat(detail.plot("tilt").orElseThrow().notRecorded()).hasValue("Tilt: not recorded in this session");
        assertThat(detail.plot("rr").orElseThrow().notRecorded())
                .hasValue("RR intervals: heart beats not recorded in this session");
        assertThat(detail.plot("position").orElseThrow().notRecorded()).isEmpty();
        assertThat(detail.shots()).extracting(Shot::xMm).containsExactly(0.5, 2.0);
        assertThat(detail.target())
                .hasValueSatisfying(face -> assertThat(face.name()).isEqualTo("10 m air rifle"));
        assertThat(model.scoreSummaryProperty().get()).startsWith("Not scored");
        assertThat(model.scoreLines()).isEmpty();
    }

    @Test
    void everyPlotFollowsOneVisibleRangeThatZoomKeepsInsideTheSession() {
        SessionDetailViewModel model = model(Runnable::run);
        model.open(listing(surgical(20)));

        model.zoomTo(4_000_000_000L, 2_000_000_000L);
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(2_000_000_000L, 4_000_000_000L));

        model.zoomAround(3_000_000_000L, 0.5);
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(2_500_000_000L, 3_500_000_000L));

        model.pan(100);
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(19_000_000_000L, 20_000_000_000L));

        model.zoomTo(5_000_000_000L, 5_000_000_001L);
        assertThat(model.visibleRangeProperty().get().spanNanos()).isEqualTo(TimeRange.MIN_SPAN_NANOS);

        model.zoomAround(5_000_000_000L, 1000);
        assertThat(model.visibleRangeProperty().get())
                .as("zoom out is capped at 100x a step")
                .isEqualTo(new TimeRange(2_500_000_000L, 7_500_000_000L));

        model.zoomTo(1_000_000_000L, 2_000_000_000L);
        model.showAll();
        assertThat(model.visibleRangeProperty().get()).isEqualTo(new TimeRange(0, 20_000_000_000L));
    }

    @Test
    void aSavedNoteIsReadBackFromTheDatabaseFileAfterReopening() {
        SessionId id = surgical(2);
        SessionDetailViewModel model = model(Runnable::run);
        model.open(listing(id));
        assertThat(model.noteTextProperty().get()).isEmpty();

        model.noteTextProperty().set("Steadier than last week; work on force above 7.5 mN.");
        assertThat(model.noteDirtyProperty().get()).isTrue();
        assertThat(model.noteStatusProperty().get()).isEqualTo("Not saved yet");
        model.saveNote();
        assertThat(model.noteDirtyProperty().get()).isFalse();
        assertThat(model.noteStatusProperty().get()).isEqualTo("Saved 10:15:30");

        database.close();
        database = Database.open(dir);
        SessionDetailViewModel reopened = model(Runnable::run);
        reopened.open(listing(id));

        assertThat(reopened.noteTextProperty().get()).isEqualTo("Steadier than last week; work on force above 7.5 mN.");
        assertThat(reopened.noteStatusProperty().get()).isEqualTo("Saved 10:15:30");
        assertThat(reopened.noteDirtyProperty().get()).isFalse();
    }

    @Test
    void anEditedNoteIsSavedWhenTheInstructorMovesOn() {
        SessionId first = surgical(2);
        SessionDetailViewModel model = model(Runnable::run);
        model.open(listing(first));
        model.noteTextProperty().set("Unsaved thought");

        model.close();
        model.open(listing(first));

        assertThat(model.noteTextProperty().get()).isEqualTo("Unsaved thought");
        assertThat(model.noteDirtyProperty().get()).isFalse();
    }

    @Test
    void exportReachesFullProgressAndWritesEverySampleAndEvent() throws Exception {
        SessionDetailViewModel model = model(Runnable::run);
        model.open(listing(surgical(3)));
        Path target = dir.resolve("out/ada.csv");

        model.export(target, ExportFormat.CSV);

        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.exportProgressProperty().get()).isEqualTo(1.0);
        assertThat(model.exportStatusProperty().get()).isEqualTo("Exported 12,000 samples to " + target);
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("t_s,series,unit,value");
        assertThat(lines).hasSize(1 + 4 * 3000 + 20);
        assertThat(lines).filteredOn(line -> line.contains(",tip_force,mN,")).hasSize(3000);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        ArrayDeque<Runnable> held = new ArrayDeque<>();
        SessionDetailViewModel model = model(held::add);
        model.open(listing(surgical(3)));
        Path target = dir.resolve("cancelled.json");

        model.export(target, ExportFormat.JSON);
        assertThat(model.exportingProperty().get()).isTrue();
        model.cancelExport();
        held.poll().run();

        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.exportStatusProperty().get()).isEqualTo("Export cancelled; no file written");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("cancelled.json.partial")).doesNotExist();
    }

    @Test
    void aLoadThatFinishesAfterAnotherSessionWasOpenedIsDropped() {
        SessionId first = surgical(2);
        SessionId second = sessions.store(
                "Grace",
                "anti-tremor",
                START.plusSeconds(60),
                2,
                SessionStatus.STOPPED,
                Map.of("tip_x", t -> t),
                List.of());
        ArrayDeque<Runnable> held = new ArrayDeque<>();
        SessionDetailViewModel model = new SessionDetailViewModel(
                ReviewServices.of(database, ModuleCatalog.builtIn(), CLOCK), held::add, Runnable::run, Runnable::run);

        model.open(listing(first));
        model.open(listing(second));
        held.poll().run();
        assertThat(model.detailProperty().get()).as("the first load is stale").isEmpty();
        held.poll().run();

        assertThat(model.detailProperty()
                        .get()
                        .orElseThrow()
                        .listing()
                        .session()
                        .id())
                .isEqualTo(second);
    }
}
