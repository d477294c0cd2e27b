package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.Pause;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.store.TelemetryReader;
import org.steadyhand.ui.FxThreadStandIn;
import org.steadyhand.ui.ScoreLine;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;

/**
 * The rig screen's view-model on the real simulated rig and a real H2 store, without a stage: live
 * preview, recording, stopping early and stopping by itself at the module's end.
 */
class RigViewModelRecordingTest {
    @TempDir
    Path dir;

    private final FxThreadStandIn fx = new FxThreadStandIn();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<SessionId> ended = Collections.synchronizedList(new ArrayList<>());
    private TestWorkstation workstation;
    private RigViewModel model;

    @AfterEach
    void close() throws InterruptedException {
        if (model != null) {
            model.close();
        }
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        fx.close();
        workstation.close();
    }

    @Test
    void recordsTheLivePreviewAndStoresItAsStoppedWhenStoppedEarly() {
        open(ModuleCatalog.builtIn());
        waitUntil(() -> phase() == RigPhase.LIVE);
        waitUntil(() ->
                !Double.isNaN(fx.call(() -> model.display().tremorRmsProperty().get())));

        fx.run(model::start);
        String refusal = fx.call(() -> model.state().messageProperty().get());
        fx.run(() -> model.choices().traineeNameProperty().set("  Ada Lovelace "));
        fx.run(model::start);
        waitUntil(() -> phase() == RigPhase.RECORDING);
        waitUntil(() -> fx.call(() -> model.clock().elapsedTextProperty().get()).compareTo("00:01") >= 0);
        fx.run(model::stop);
        waitUntil(() -> phase() == RigPhase.LIVE && !ended.isEmpty());

        assertThat(refusal).contains("trainee's name");
        assertThat(fx.call(() -> model.state().messageProperty().get()))
                .startsWith("Session saved: Ada Lovelace, Anti-tremor, stopped at 00:0");
        SessionSummary stored = new SessionCatalog(workstation.database()).get(ended.get(0));
        assertThat(stored.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(stored.traineeName()).isEqualTo("Ada Lovelace");
        assertThat(stored.moduleId()).isEqualTo("anti-tremor");
        assertThat(stored.sources()).singleElement().asString().startsWith("sim:7?skill=intermediate");
        assertThat(stored.channels()).extracting(c -> c.channel().name()).contains("tip_x", "tip_y", "tip_force");
        assertThat(stored.channels())
                .allSatisfy(c -> assertThat(c.sampleCount()).isGreaterThan(500));
        waitUntil(() -> fx.call(() -> model.choices().knownTrainees().contains("Ada Lovelace")));
    }

    @Test
    void stopsByItselfAsCompletedWhenTheModuleTimeIsUp() {
        TrainingModule antiTremor = ModuleCatalog.builtIn().require("anti-tremor");
        TrainingModule quick = new TrainingModule(
                "quick-hold",
                "Quick hold",
                TrainingModule.Family.SURGICAL,
                Duration.ofMillis(2500),
                "A short hold.",
                antiTremor.target(),
                antiTremor.scoring());
        open(new ModuleCatalog(List.of(quick)));
        waitUntil(() -> phase() == RigPhase.LIVE);
        fx.run(() -> model.choices().traineeNameProperty().set("Grace"));

        fx.run(model::start);
        waitUntil(() -> !ended.isEmpty());

        SessionSummary stored = new SessionCatalog(workstation.database()).get(ended.get(0));
        assertThat(stored.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(stored.duration()).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(6));
        long samples =
                stored.channels().stream().mapToLong(StoredChannel::sampleCount).sum();
        assertThat(samples).isGreaterThan(5 * 2400);
        assertThat(fx.call(() -> model.clock().remainingTextProperty().get())).isEqualTo("00:00 left");
        assertThat(fx.call(() -> model.state().messageProperty().get()))
                .contains("completed")
                .containsPattern("Score \\d+ / 100, grade [ABCDF], (passed|not passed) \\(pass mark 70\\)")
                .contains("tremor stability ", "target achievement ", "tissue treatment ");
        SessionResult result =
                fx.call(() -> model.state().resultProperty().get()).orElseThrow();
        ModuleScore storedScore = new ScoreRepository(workstation.database())
                .find(ended.get(0))
                .orElseThrow()
                .score();
        assertThat(result.score()).isEqualTo(storedScore);
        assertThat(result.headline()).startsWith("Grace · Quick hold · completed at 00:0");
        assertThat(result.lines()).extracting(ScoreLine::name).contains("Tremor stability", "Tissue treatment");
        assertThat(result.percentile())
                .as("the only session of its module has nothing to compare with")
                .isEmpty();

        fx.run(model::start);
        assertThat(fx.call(() -> model.state().resultProperty().get()))
                .as("the card closes when the next start begins")
                .isEmpty();
        fx.run(model::cancelCountdown);
    }

    @Test
    void choosingAMarksmanshipModuleReopensTheRigAndShowsAimAndShots() {
        open(ModuleCatalog.builtIn());
        waitUntil(() -> phase() == RigPhase.LIVE);

        fx.run(() -> model.choices().moduleProperty().set(workstation.modules().require("air-rifle-10m")));
        waitUntil(() -> phase() == RigPhase.LIVE
                && fx.call(() -> model.display().frameProperty().get().aimXMm().isPresent()));

        LiveFrame frame = fx.call(() -> model.display().frameProperty().get());
        assertThat(frame.motion()).isEqualTo(MotionKind.AIM);
        assertThat(frame.forceMilliNewtons()).isEmpty();
        // The rig announced itself before the display subscribed; the pipeline hands that on.
        assertThat(fx.call(() -> model.state().rigStatusProperty().get()))
                .matches("live · simulated rig: .* air rifle \\(seed 7\\)");
        assertThat(new SessionCatalog(workstation.database()).list(Optional.empty()))
                .as("a preview stores nothing")
                .isEmpty();
    }

    @Test
    void aSourceThatCannotOpenLeavesTheRigUnavailableWithAPlainReason() {
        open(ModuleCatalog.builtIn(), List.of("hid:0fcf:1008"));
        waitUntil(() -> phase() == RigPhase.UNAVAILABLE);

        fx.run(() -> model.choices().traineeNameProperty().set("Ada"));
        fx.run(model::start);

        assertThat(phase()).isEqualTo(RigPhase.UNAVAILABLE);
        assertThat(fx.call(() -> model.state().canStart().get())).isFalse();
        assertThat(fx.call(() -> model.state().messageProperty().get()))
                .startsWith("The rig could not start: source 'hid:0fcf:1008': hid sources are not supported");
        assertThat(fx.call(() -> model.state().rigStatusProperty().get())).isEqualTo("unavailable");
    }

    @Test
    void startCountsDownThreeTwoOneBeforeRecordingAndEscapeCancelsIt() {
        open(ModuleCatalog.builtIn());
        waitUntil(() -> phase() == RigPhase.LIVE);
        fx.run(() -> model.choices().traineeNameProperty().set("Ada"));

        fx.run(model::start);
        RigPhase counting = phase();
        int shownFirst = fx.call(() -> model.state().countdownProperty().get());
        boolean locked = fx.call(() -> model.state().settingsLocked().get());
        fx.run(model::cancelCountdown);
        RigPhase cancelled = phase();
        String cancelMessage = fx.call(() -> model.state().messageProperty().get());
        List<Integer> shown = Collections.synchronizedList(new ArrayList<>());
        fx.run(() -> model.state().countdownProperty().addListener((o, old, seconds) -> shown.add(seconds.intValue())));
        fx.run(model::start);
        waitUntil(() -> phase() == RigPhase.RECORDING);

        assertThat(counting).isEqualTo(RigPhase.COUNTDOWN);
        assertThat(shownFirst).isEqualTo(3);
        assertThat(locked).as("pickers locked during the countdown").isTrue();
        assertThat(cancelled).isEqualTo(RigPhase.LIVE);
        assertThat(cancelMessage).startsWith("Start cancelled.");
        assertThat(shown).as("seconds shown after the second Start").containsExactly(3, 2, 1, 0);
        assertThat(new SessionCatalog(workstation.database()).list(Optional.empty()))
                .as("only the second start records")
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aPauseStopsTheClockStoresNothingOfItsSpanAndIsStoredAsAPauseEvent() throws InterruptedException {
        open(ModuleCatalog.builtIn());
        waitUntil(() -> phase() == RigPhase.LIVE);
        fx.run(() -> model.choices().traineeNameProperty().set("Ada"));
        fx.run(model::start);
        waitUntil(() -> phase() == RigPhase.RECORDING);
        waitUntil(() -> fx.call(() -> model.clock().elapsedTextProperty().get()).equals("00:01"));

        long pauseCalledAt = System.nanoTime();
        fx.run(model::pauseOrResume);
        long pauseReturnedAt = System.nanoTime();
        RigPhase paused = phase();
        String pausedAt = fx.call(() -> model.clock().elapsedTextProperty().get());
        Thread.sleep(2_200);
        String stillAt = fx.call(() -> model.clock().elapsedTextProperty().get());
        long resumeCalledAt = System.nanoTime();
        fx.run(model::pauseOrResume);
        long resumeReturnedAt = System.nanoTime();
        RigPhase resumed = phase();
        waitUntil(() -> fx.call(() -> model.clock().elapsedTextProperty().get()).equals("00:02"));
        fx.run(model::stop);
        waitUntil(() -> phase() == RigPhase.LIVE && !ended.isEmpty());

        assertThat(paused).isEqualTo(RigPhase.PAUSED);
        assertThat(pausedAt).isEqualTo("00:01");
        assertThat(stillAt).as("the clock stands still while paused").isEqualTo("00:01");
        assertThat(resumed).isEqualTo(RigPhase.RECORDING);
        SessionId id = ended.get(0);
        List<Pause> pauses = new TelemetryReader(workstation.database())
                .events(id).stream()
                        .filter(Pause.class::isInstance)
                        .map(Pause.class::cast)
                        .toList();
        assertThat(pauses).singleElement().satisfies(pause -> {
            // Within the span the two calls took, however slow the machine.
            assertThat(pause.lengthNanos())
                    .isBetween(resumeCalledAt - pauseReturnedAt, resumeReturnedAt - pauseCalledAt);
            assertThat(pause.atNanos()).isBetween(1_000_000_000L, 2_100_000_000L);
        });
        Pause pause = pauses.get(0);
        SessionSummary stored = new SessionCatalog(workstation.database()).get(id);
        StoredChannel tipX = stored.channels().stream()
                .filter(c -> c.channel().name().equals("tip_x"))
                .findFirst()
                .orElseThrow();
        long[] times =
                new TelemetryReader(workstation.database()).read(id, tipX).timesNanos();
        assertThat(java.util.Arrays.stream(times).filter(t -> t >= pause.atNanos() && t < pause.endNanos()))
                .as("samples measured during the pause")
                .isEmpty();
        assertThat(java.util.Arrays.stream(times).filter(t -> t >= pause.endNanos()))
                .as("samples after the pause")
                .isNotEmpty();
        assertThat(fx.call(() -> model.state().messageProperty().get()))
                .as("the time said is the time recorded, without the pause")
                .contains("stopped at 00:02");
    }

    @Test
    void anAlertDuringARecordingShowsInTheBannerAndIsStoredWithTheSession() {
        open(ModuleCatalog.builtIn());
        waitUntil(() -> phase() == RigPhase.LIVE);
        fx.run(() -> model.choices().traineeNameProperty().set("Ada"));
        fx.run(model::start);
        waitUntil(() -> phase() == RigPhase.RECORDING);

        // A 9.6 mN push, measured on the rig's clock, arrives with the live data.
        model.liveSignals()
                .accept(new SourceEvent.BlockReceived(
                        "test",
                        new SampleBlock(
                                new Channel(ChannelNames.TIP_FORCE, Unit.MILLINEWTON, 1000),
                                new long[] {1},
                                new double[] {9.6})));
        waitUntil(() -> !fx.call(() -> model.alertBanner().textProperty().get()).isEmpty());
        String banner = fx.call(() -> model.alertBanner().textProperty().get());
        LiveAlerts.Severity severity =
                fx.call(() -> model.alertBanner().severityProperty().get());
        fx.run(model::stop);
        waitUntil(() -> phase() == RigPhase.LIVE && !ended.isEmpty());

        assertThat(banner).isEqualTo("Force 9.6 mN is above the danger line of 9 mN: ease off");
        assertThat(severity).isEqualTo(LiveAlerts.Severity.DANGER);
        assertThat(new TelemetryReader(workstation.database()).events(ended.get(0)))
                .filteredOn(Alert.class::isInstance)
                .map(Alert.class::cast)
                .anySatisfy(alert -> {
                    assertThat(alert.code()).isEqualTo("FORCE_DANGER");
                    assertThat(alert.message()).isEqualTo(banner);
                    assertThat(alert.atNanos()).isPositive();
                });
    }

    private void open(ModuleCatalog modules) {
        open(modules, List.of("sim:7"));
    }

    private void open(ModuleCatalog modules, List<String> specs) {
        workstation = TestWorkstation.open(dir, modules);
        WorkstationServices services = workstation.services(specs);
        model = fx.call(() -> new RigViewModel(services.rigServices(), fx, worker));
        fx.run(() -> model.setOnRecordingEnded(ended::add));
        fx.run(model::activate);
    }

    private RigPhase phase() {
        return fx.call(() -> model.state().phaseProperty().get());
    }
}
