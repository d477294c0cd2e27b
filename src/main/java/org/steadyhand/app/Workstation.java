package org.steadyhand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.cli.CliServices;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.hid.HidReplayFactory;
import org.steadyhand.device.hid.HidSourceFactory;
import org.steadyhand.device.serial.SerialReplayFactory;
import org.steadyhand.device.serial.SerialSourceFactory;
import org.steadyhand.device.serial.protocol.SerialProtocols;
import org.steadyhand.device.sim.SimulatedRigFactory;
import org.steadyhand.league.sync.Backoff;
import org.steadyhand.league.sync.HttpLeagueApi;
import org.steadyhand.league.sync.LeagueBoards;
import org.steadyhand.league.sync.SyncSender;
import org.steadyhand.session.CameraShotSourceFactory;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionMetrics;
import org.steadyhand.session.SessionScorer;
import org.steadyhand.store.CalibratedSource;
import org.steadyhand.store.DataDirectory;
import org.steadyhand.store.Database;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.store.InterruptedSessions;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.PenAreas;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionScoring;
import org.steadyhand.store.TelemetryReader;
import org.steadyhand.store.WorkstationStore;

/** The composition root: builds the object graph for the GUI and for commands. */
final class Workstation {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private Workstation() {}

    /** Every kind of source this build can open. */
    static SourceRegistry sourceRegistry() {
        return new SourceRegistry(sourceFactories());
    }

    private static List<SourceFactory> sourceFactories() {
        return List.of(
                new SimulatedRigFactory(),
                SerialSourceFactory.of(SerialProtocols.all()),
                new HidSourceFactory(),
                new HidReplayFactory(),
                new SerialReplayFactory(SerialProtocols.all()),
                new CameraShotSourceFactory(ModuleCatalog.builtIn()));
    }

    /**
     * Every kind of source this build can open, each delivering its readings with the force
     * calibrations and pen areas stored in {@code database} applied (the Devices screen sets them).
     */
    static SourceRegistry calibratedSourceRegistry(Database database) {
        DeviceCalibrations calibrations = new DeviceCalibrations(database);
        PenAreas penAreas = new PenAreas(database);
        return new SourceRegistry(sourceFactories().stream()
                .map(factory -> CalibratedSource.factory(factory, calibrations, penAreas))
                .toList());
    }

    /**
     * Opens the database in the data folder, first marking sessions whose recording process died
     * as interrupted.
     */
    static Database openDatabase(Path dataFolder) {
        Database database = Database.open(dataFolder);
        int interrupted = new InterruptedSessions(database).markDeadRecordings();
        if (interrupted > 0) {
            LOG.warn("{} session(s) found cut off by a crash and marked interrupted", interrupted);
        }
        return database;
    }

    /** Scores completed sessions with each analysis' documented default settings. */
    static SessionScoring scoring(Database database, ModuleCatalog modules) {
        return new SessionScoring(
                database, modules, new SessionScorer(SessionMetrics.withDefaults()), Clock.systemUTC());
    }

    /**
     * Starts sending the league outbox when this workstation is paired with a league server;
     * empty when it is not (scores then wait in the outbox until it is).
     */
    static Optional<SyncSender> startLeagueSync(Database database) {
        LeagueOutbox outbox = new LeagueOutbox(database);
        return outbox.link()
                .map(link -> new SyncSender(
                                outbox,
                                HttpLeagueApi.to(link.serverUrl()),
                                link.refreshToken(),
                                Backoff.standard(),
                                Clock.systemUTC(),
                                Duration.ofSeconds(30))
                        .start());
    }

    /** The paired league server's public boards, for the League screen; empty when not paired. */
    static Optional<LeagueBoards> leagueBoards(Database database) {
        return new LeagueOutbox(database).link().map(link -> HttpLeagueApi.to(link.serverUrl()));
    }

    static CliServices openForCommands(Optional<Path> dataFolderOption) {
        Database database = openDatabase(DataDirectory.resolve(dataFolderOption));
        ModuleCatalog modules = ModuleCatalog.builtIn();
        return new CliServices(
                database,
                calibratedSourceRegistry(database),
                modules,
                new WorkstationStore(database),
                new SessionCatalog(database),
                new TelemetryReader(database),
                scoring(database, modules));
    }
}
