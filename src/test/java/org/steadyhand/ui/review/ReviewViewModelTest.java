package org.steadyhand.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Unit;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;
import org.testfx.util.WaitForAsyncUtils;

/** The sessions list on a real H2 store, with the background and FX hops run in place. */
class SessionsViewModelTest {
    private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationServices services;
    private SessionsViewModel model;

    @BeforeEach
    void open() {
        workstation = TestWorkstation.open(dir);
        services = workstation.services(List.of("sim:5"));
        model = new SessionsViewModel(
                services.sessionCatalog(), services.modules(), Runnable::run, Runnable::run, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void listsStoredSessionsNewestFirstWithTheirFigures() {
        store("Ada", "anti-tremor", MONDAY_NINE, Duration.ofSeconds(60), 1500, SessionStatus.COMPLETED);
        store(
                "Grace",
                "air-rifle-10m",
                MONDAY_NINE.plusSeconds(3600),
                Duration.ofSeconds(42),
                700,
                SessionStatus.STOPPED);

        model.refresh();

        assertThat(model.sessions()).hasSize(2);
        SessionRow newest = model.sessions().get(0);
        assertThat(newest.trainee()).isEqualTo("Grace");
        assertThat(newest.module()).isEqualTo("10 m air rifle");
        assertThat(newest.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(newest.startedText()).isEqualTo("2026-03-02 10:00:00");
        assertThat(newest.durationText()).isEqualTo("00:42");
        assertThat(newest.samples()).isEqualTo(700);
        SessionRow oldest = model.sessions().get(1);
        assertThat(oldest.module()).isEqualTo("Anti-tremor");
        assertThat(oldest.durationText()).isEqualTo("01:00");
        assertThat(oldest.samplesText()).isEqualTo("1,500");
        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void filtersByPartOfTheTraineeNameIgnoringCase() {
        store("Ada Lovelace", "anti-tremor", MONDAY_NINE, Duration.ofSeconds(60), 10, SessionStatus.COMPLETED);
        store(
                "Grace Hopper",
                "forceps",
                MONDAY_NINE.plusSeconds(60),
                Duration.ofSeconds(90),
                10,
                SessionStatus.COMPLETED);
        model.refresh();

        model.traineeFilterProperty().set("  lovel ");

        assertThat(model.sessions()).extracting(SessionRow::trainee).containsExactly("Ada Lovelace");
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 2 sessions match \"lovel\"");
        model.traineeFilterProperty().set("");
        assertThat(model.sessions()).hasSize(2);
    }

    @Test
    void showsASessionRecordedFromTheSimulatedRigAfterARefresh() throws Exception {
        model.refresh();
        assertThat(model.sessions()).isEmpty();
        SessionId id;
        try (LiveRig rig = LiveRig.open(services.sourceRegistry(), List.of("sim:5"), "forceps")) {
            Recording recording = Recording.start(rig, services.sessionStore(), "Ada", "{}");
            id = recording.id();
            SessionCatalog catalog = services.sessionCatalog();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                var channels = catalog.get(recording.id()).channels();
                return !channels.isEmpty() && channels.stream().allMatch(c -> c.sampleCount() > 0);
            });
            recording.stop(SessionStatus.STOPPED, "stopped by the test");
        }

        model.refresh();

        assertThat(model.sessions()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.trainee()).isEqualTo("Ada");
            assertThat(row.module()).isEqualTo("Forceps");
            assertThat(row.statusText()).isEqualTo("stopped");
            assertThat(row.samples()).isGreaterThan(0);
        });
    }

    @Test
    void aRefreshAskedForWhileLoadingRunsAgainAfterwards() {
        // A background that holds tasks until released, to ask for a refresh mid-load.
        java.util.ArrayDeque<Runnable> held = new java.util.ArrayDeque<>();
        SessionsViewModel queued = new SessionsViewModel(
                services.sessionCatalog(), services.modules(), held::add, Runnable::run, ZoneOffset.UTC);
        queued.refresh();
        store("Ada", "forceps", MONDAY_NINE, Duration.ofSeconds(5), 10, SessionStatus.COMPLETED);
        queued.refresh();

        assertThat(held).hasSize(1);
        held.poll().run();
        assertThat(held).as("the second refresh, queued after the first").hasSize(1);
        held.poll().run();

        assertThat(queued.sessions()).extracting(SessionRow::trainee).containsExactly("Ada");
    }

    private void store(
            String trainee, String module, Instant start, Duration length, int samples, SessionStatus status) {
        SessionSink sink = services.sessionStore()
                .begin(new SessionStart(
                        SessionId.newId(start.toEpochMilli()), module, trainee, start, List.of("sim:5"), "{}"));
        double[] values = new double[samples];
        sink.blockReceived(SampleBlock.regular(new Channel("tip_x", Unit.MILLIMETRE, 1000), 0, 1_000_000, values));
        sink.finish(status, start.plus(length), "test");
    }
}
