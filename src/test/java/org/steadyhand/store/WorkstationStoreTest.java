package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Annotation;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Channel;
import org.steadyhand.core.DataGap;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;

class WorkstationStoreTest {
    private static final Channel X = new Channel("tip_x", Unit.MILLIMETRE, 1000);
    private static final Channel FORCE = new Channel("tip_force", Unit.MILLINEWTON, 1000);

    @TempDir
    Path dataFolder;

    private Database database;
    private WorkstationStore store;
    private SessionCatalog catalog;
    private TelemetryReader reader;

    @BeforeEach
    void open() {
        database = Database.open(dataFolder);
        store = new WorkstationStore(database);
        catalog = new SessionCatalog(database);
        reader = new TelemetryReader(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SessionStart start(String trainee) {
        return new SessionStart(
                SessionId.newId(System.currentTimeMillis()),
                "anti-tremor",
                trainee,
                Instant.parse("2026-11-22T09:00:00Z"),
                List.of("sim:1"),
                "{\"seed\":1}");
    }

    /** Feeds 2.5 s of a 1 kHz ramp in 10 ms blocks, flushing twice a second like a recording. */
    private static void feedRamp(SessionSink sink, Channel channel, int samples) {
        for (int first = 0; first < samples; first += 10) {
            double[] values = new double[10];
            for (int i = 0; i < 10; i++) {
                values[i] = (first + i) * 0.001;
            }
            sink.blockReceived(SampleBlock.regular(channel, first * 1_000_000L, 1_000_000, values));
            if ((first + 10) % 500 == 0) {
                sink.flush();
            }
        }
    }

    @Test
    void storedSamplesReadBackExactlyWithCounts() {
        SessionStart start = start("alice");
        SessionSink sink = store.begin(start);

        feedRamp(sink, X, 2500);
        feedRamp(sink, FORCE, 1200);
        sink.finish(SessionStatus.COMPLETED, Instant.parse("2026-11-22T09:00:02.500Z"), null);

        SessionSummary session = catalog.get(start.id());
        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.traineeName()).isEqualTo("alice");
        assertThat(session.sources()).containsExactly("sim:1");
        assertThat(session.channel("tip_x").orElseThrow().sampleCount()).isEqualTo(2500);
        assertThat(session.channel("tip_force").orElseThrow().sampleCount()).isEqualTo(1200);
        TelemetryReader.Series x =
                reader.read(start.id(), session.channel("tip_x").orElseThrow());
        assertThat(x.size()).isEqualTo(2500);
        assertThat(x.values()[1234]).isEqualTo(1.234);
        assertThat(x.timesNanos()[2499]).isEqualTo(2_499_000_000L);
        assertThat(x.corruptChunks()).isZero();
    }

    @Test
    void everyKindOfEventRoundTrips() {
        SessionStart start = start("bob");
        SessionSink sink = store.begin(start);
        List<TimedEvent> events = List.of(
                new RrInterval(1_000_000_000L, 812.5),
                new Shot(2_000_000_000L, 1.25, -3.5),
                new Alert(2_500_000_000L, "FORCE_DANGER", "Force above 9 mN"),
                new Annotation(3_000_000_000L, "instructor", "steady \"hands\", good"),
                new DataGap(3_500_000_000L, 4_000_000_000L, "serial:mark10:/dev/ttyUSB0", "unplugged"));
        events.forEach(sink::eventReceived);

        sink.finish(SessionStatus.STOPPED, Instant.parse("2026-11-22T09:00:05Z"), "stopped by the trainee");

        assertThat(reader.events(start.id())).containsExactlyElementsOf(events);
        SessionSummary session = catalog.get(start.id());
        assertThat(session.eventCounts()).containsEntry("rr", 1L).containsEntry("gap", 1L);
        assertThat(session.statusMessage()).hasValue("stopped by the trainee");
    }

    @Test
    void unflushedDataIsNotVisibleUntilCommitted() {
        SessionStart start = start("carol");
        SessionSink sink = store.begin(start);
        sink.blockReceived(SampleBlock.regular(X, 0, 1_000_000, new double[] {1, 2, 3}));

        assertThat(catalog.get(start.id()).channels()).isEmpty();
        assertThat(catalog.get(start.id()).status()).isEqualTo(SessionStatus.RECORDING);

        sink.flush();
        assertThat(catalog.get(start.id()).channel("tip_x").orElseThrow().sampleCount())
                .isEqualTo(3);
        sink.finish(SessionStatus.COMPLETED, Instant.now(), null);
    }

    @Test
    void listsNewestFirstAndFiltersByTrainee() {
        SessionSink first = store.begin(new SessionStart(
                SessionId.newId(1), "forceps", "dana", Instant.parse("2026-11-20T09:00:00Z"), List.of("sim"), "{}"));
        first.finish(SessionStatus.COMPLETED, Instant.parse("2026-11-20T09:01:00Z"), null);
        SessionSink second = store.begin(new SessionStart(
                SessionId.newId(2),
                "anti-tremor",
                "erin",
                Instant.parse("2026-11-21T09:00:00Z"),
                List.of("sim"),
                "{}"));
        second.finish(SessionStatus.COMPLETED, Instant.parse("2026-11-21T09:01:00Z"), null);

        assertThat(catalog.list(Optional.empty()))
                .extracting(SessionSummary::traineeName)
                .containsExactly("erin", "dana");
        assertThat(catalog.list(Optional.of("dana")))
                .extracting(SessionSummary::moduleId)
                .containsExactly("forceps");
        assertThat(catalog.list(Optional.of("nobody"))).isEmpty();
    }

    @Test
    void resolvesUniqueIdPrefixesAndRejectsOthers() {
        SessionStart start = start("frank");
        store.begin(start).finish(SessionStatus.COMPLETED, Instant.now(), null);
        String id = start.id().toString();

        assertThat(catalog.resolve(id.substring(0, 13)).id()).isEqualTo(start.id());
        assertThat(catalog.resolve(id.toUpperCase()).id()).isEqualTo(start.id());
        assertThatThrownBy(() -> catalog.resolve("ffffffff"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no session");
        assertThatThrownBy(() -> catalog.resolve("x1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a session id");
    }

    @Test
    void sameChannelNameFromTwoSourcesIsKeptUnderTwoNames() {
        SessionStart start = start("gina");
        SessionSink sink = store.begin(start);
        sink.blockReceived(SampleBlock.regular(FORCE, 0, 1_000_000, new double[] {1}));
        sink.blockReceived(
                SampleBlock.regular(new Channel("tip_force", Unit.MILLINEWTON, 10), 0, 100_000_000, new double[] {2}));
        sink.finish(SessionStatus.COMPLETED, Instant.now(), null);

        assertThat(catalog.get(start.id()).channels())
                .extracting(c -> c.channel().name())
                .containsExactly("tip_force", "tip_force_2");
    }

    @Test
    void trainingDataSurvivesReopeningTheDatabase() {
        SessionStart start = start("hana");
        SessionSink sink = store.begin(start);
        feedRamp(sink, X, 1000);
        sink.finish(SessionStatus.COMPLETED, Instant.now(), null);
        database.close();

        database = Database.open(dataFolder);
        SessionSummary reopened = new SessionCatalog(database).get(start.id());

        assertThat(reopened.channel("tip_x").orElseThrow().sampleCount()).isEqualTo(1000);
    }
}
