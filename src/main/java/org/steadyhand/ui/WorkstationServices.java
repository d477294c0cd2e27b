package org.steadyhand.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.league.sync.LeagueBoards;
import org.steadyhand.league.sync.SyncSender;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStore;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionScoring;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.ui.devices.DevicesService;
import org.steadyhand.ui.review.ReviewServices;
import org.steadyhand.ui.rig.RigServices;

/**
 * Everything the workstation window needs from the rest of the application, as wired by the
 * composition root.
 *
 * @param defaultSourceSpecs sources of the rig screen, e.g. {@code ["sim"]}
 * @param leagueSync the background sender of scores to the league server; empty when not paired
 * @param dataDirectory the data folder, shown in the status bar
 * @param review what the review screen reads and writes
 * @param scores stored scores, for the Trends and League screens
 * @param leagueBoards the paired league server's boards; empty when not paired
 * @param devices what the Devices screen lists, opens and calibrates
 */
public record WorkstationServices(
        SourceRegistry sourceRegistry,
        List<String> defaultSourceSpecs,
        ModuleCatalog modules,
        SessionStore sessionStore,
        SessionCatalog sessionCatalog,
        TraineeRepository trainees,
        SessionScoring scoring,
        Optional<SyncSender> leagueSync,
        Path dataDirectory,
        ReviewServices review,
        ScoreRepository scores,
        Optional<LeagueBoards> leagueBoards,
        DevicesService devices) {
    public WorkstationServices {
        defaultSourceSpecs = List.copyOf(defaultSourceSpecs);
    }

    /** The part the rig screen uses. */
    public RigServices rigServices() {
        return new RigServices(sourceRegistry, defaultSourceSpecs, modules, sessionStore, trainees, scoring);
    }
}
