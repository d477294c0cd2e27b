package org.steadyhand.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steadyhand.league.sync.SyncSender;
import org.steadyhand.ui.devices.DevicesViewModel;
import org.steadyhand.ui.league.LeagueViewModel;
import org.steadyhand.ui.review.ReviewViewModel;
import org.steadyhand.ui.rig.RigViewModel;
import org.steadyhand.ui.trainees.TraineesViewModel;
import org.steadyhand.ui.trends.TrendsViewModel;

/**
 * The workstation window's model: the rig and review screens, wired so that a stored recording
 * shows up in the review list, and the status bar's texts.
 *
 * <p>Owns three background threads: the rig worker (rig and recording work, strictly in order),
 * one for reading the database, so a long list query never delays a Stop, one for exports, and one
 * asking the league server for its board, so a slow server never delays the database.
 */
public final class WorkstationViewModel implements AutoCloseable {
    private final WorkstationServices services;
    private final ExecutorService rigWorker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("rig-worker").daemon().factory());
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("review-reader").daemon().factory());
    private final ExecutorService exporter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("review-export").daemon().factory());
    private final RigViewModel rig;
    private final ReviewViewModel review;
    private final ExecutorService leagueFetcher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("league-fetcher").daemon().factory());
    private final TraineesViewModel trainees;
    private final TrendsViewModel trends;
    private final LeagueViewModel league;
    private final ScheduledExecutorService devicesWorker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("devices-worker").daemon().factory());
    private final DevicesViewModel devices;
    private final ReadOnlyStringWrapper leagueStatus = new ReadOnlyStringWrapper(this, "leagueStatus", "");

    /** @param fx runs a task on the FX thread ({@code Platform::runLater}) */
    public WorkstationViewModel(WorkstationServices services, Executor fx) {
        this.services = services;
        this.rig = new RigViewModel(services.rigServices(), fx, rigWorker);
        Executor reader = whileOpen(this.reader);
        Executor leagueFetcher = whileOpen(this.leagueFetcher);
        this.review = new ReviewViewModel(services.review(), reader, exporter, fx, ZoneId.systemDefault());
        this.trainees = new TraineesViewModel(services.trainees(), reader, fx);
        this.trends = new TrendsViewModel(services.trainees(), services.scores(), services.modules(), reader, fx);
        this.league = new LeagueViewModel(
                services.scores(), services.modules(), services.leagueBoards(), reader, leagueFetcher, fx);
        this.devices = new DevicesViewModel(services.devices(), devicesWorker, fx, Clock.systemUTC());
        // A trainee added, renamed or archived shows in the rig's picker and the trends list at once.
        trainees.onTraineesChanged(() -> {
            rig.choices().loadKnownTrainees(reader, fx);
            trends.refresh();
            league.refresh();
        });
        rig.setOnRecordingEnded(id -> {
            review.refresh();
            trainees.refresh();
            trends.refresh();
            league.refresh();
        });
        leagueStatus.set(LeagueStatusText.of(services.leagueSync().map(SyncSender::status), ZoneId.systemDefault()));
        services.leagueSync()
                .ifPresent(sender -> sender.onStatus(status -> fx.execute(
                        () -> leagueStatus.set(LeagueStatusText.of(Optional.of(status), ZoneId.systemDefault())))));
    }

    /** Whether scores reach the league server, and how many wait in the outbox. */
    public ReadOnlyStringProperty leagueStatusText() {
        return leagueStatus.getReadOnlyProperty();
    }

    /** Opens the rig preview and loads the review list; call once the window shows. */
    public void activate() {
        rig.activate();
        review.refresh();
        trainees.refresh();
        trends.refresh();
        league.refresh();
        devices.activate();
    }

    public RigViewModel rig() {
        return rig;
    }

    public ReviewViewModel review() {
        return review;
    }

    public TraineesViewModel trainees() {
        return trainees;
    }

    public TrendsViewModel trends() {
        return trends;
    }

    public LeagueViewModel league() {
        return league;
    }

    public DevicesViewModel devices() {
        return devices;
    }

    public String dataFolderText() {
        return "Data: " + services.dataDirectory();
    }

    public StringExpression rigStatusText() {
        return Bindings.concat("Rig: ", rig.state().rigStatusProperty());
    }

    /** How many pipeline events the live display skipped to keep up; 0 on a healthy machine. */
    public StringExpression droppedText() {
        return Bindings.format("Live view dropped: %,d", rig.state().droppedBlocksProperty());
    }

    /**
     * Stops a running recording (stored as stopped), closes the rig and the threads. Blocks until
     * the data is stored; call off the FX thread.
     */
    @Override
    public void close() {
        rig.close();
        devices.close();
        devicesWorker.shutdown();
        rigWorker.shutdown();
        reader.shutdown();
        exporter.shutdownNow(); // an export in progress is left unfinished: it never leaves a partial file
        leagueFetcher.shutdownNow();
        try {
            rigWorker.awaitTermination(10, TimeUnit.SECONDS);
            reader.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The executor's tasks, dropped once the window has closed: a refresh posted to the FX thread
     * before closing may ask for a load after the threads stopped, and nobody waits for it then.
     */
    private static Executor whileOpen(ExecutorService executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                if (!executor.isShutdown()) {
                    throw e;
                }
            }
        };
    }
}
