package org.steadyhand.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.cli.DeviceProfilesFile;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.serial.SerialPorts;
import org.steadyhand.league.sync.SyncSender;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.store.Database;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.store.PenAreas;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.StoreException;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.WorkstationStore;
import org.steadyhand.ui.WorkstationGui;
import org.steadyhand.ui.WorkstationServices;
import org.steadyhand.ui.review.ReviewServices;

/**
 * Starts the workstation window on the data folder's database and returns the process exit code.
 * The rig's live sources are the serial instruments plugged in at start that a profile in {@code
 * devices.json} recognises, else the simulated rig. (Choosing and hot-plugging instruments while the
 * window is open is left to a Devices screen.)
 */
final class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);
    /** What the rig shows when nothing else is configured: the built-in simulated rig. */
    private static final List<String> DEFAULT_SOURCES = List.of("sim");

    private final Path dataFolder;

    GuiLauncher(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Profile-matched instruments plugged in now, else the simulated rig; a bad profiles file is logged. */
    private List<String> rigSources() {
        try {
            List<String> specs =
                    DeviceProfilesFile.scan(
                                    DeviceProfilesFile.read(DeviceProfilesFile.in(dataFolder)), SerialPorts.list())
                            .stream()
                            .flatMap(seen -> seen.spec().stream())
                            .toList();
            if (!specs.isEmpty()) {
                LOG.info("rig sources from device profiles: {}", specs);
                return specs;
            }
        } catch (BadInputException e) {
            LOG.warn("device profiles ignored, using the simulated rig: {}", e.getMessage());
        }
        return DEFAULT_SOURCES;
    }

    /** What the window gets from the rest of the application, on an open database. */
    WorkstationServices services(Database database, Optional<SyncSender> leagueSync) {
        ModuleCatalog modules = ModuleCatalog.builtIn();
        List<String> sources = rigSources();
        return new WorkstationServices(
                Workstation.calibratedSourceRegistry(database),
                sources,
                modules,
                new WorkstationStore(database),
                new SessionCatalog(database),
                new TraineeRepository(database),
                Workstation.scoring(database, modules),
                leagueSync,
                dataFolder,
                ReviewServices.of(database, modules, Clock.systemDefaultZone()),
                new ScoreRepository(database),
                Workstation.leagueBoards(database),
                new WorkstationDevices(
                        dataFolder,
                        Workstation.sourceRegistry(),
                        sources,
                        new DeviceCalibrations(database),
                        new PenAreas(database),
                        Clock.systemUTC(),
                        true));
    }

    int run(PrintWriter err) {
        Database database;
        try {
            database = Workstation.openDatabase(dataFolder);
        } catch (StoreException e) {
            err.println("steadyhand: " + e.getMessage());
            return 1;
        }
        // Scores reach the league in the background while the window is open (offline-first).
        Optional<SyncSender> leagueSync = Workstation.startLeagueSync(database);
        try (database) {
            new WorkstationGui(services(database, leagueSync)).run();
            return 0;
        } catch (UnsupportedOperationException e) {
            // JavaFX reports a missing display this way ("Unable to open DISPLAY").
            LOG.error("the window could not be opened", e);
            err.println("steadyhand: cannot open the workstation window (" + e.getMessage()
                    + "); on a machine without a display use a command such as 'steadyhand record' (see --help)");
            return 1;
        } finally {
            leagueSync.ifPresent(SyncSender::close);
        }
    }
}
