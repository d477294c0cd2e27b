package org.steadyhand.ui.league;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.league.sync.LeagueBoards;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.StoreException;

/**
 * The League screen's state: the chosen module's local board (from this workstation's scores,
 * ranked by {@link LocalBoard}) and, when the workstation is paired, the league server's board
 * fetched in the background with a status line. The local board never waits for the server.
 *
 * <p>Threading: properties and commands on the FX thread; the database is read on
 * {@code background} and the server asked on {@code network} (a slow server never delays the local
 * board); results come back through {@code fx}. A result for a module no longer chosen
 * is dropped.
 */
public final class LeagueViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LeagueViewModel.class);
    /** Lines fetched from the server; the server's own first page. */
    static final int SERVER_LINES = 100;

    private final ScoreRepository scores;
    private final Optional<LeagueBoards> server;
    private final Executor background;
    private final Executor network;
    private final Executor fx;
    private final List<TrainingModule> modules;
    private final ObjectProperty<TrainingModule> module;
    private final ObservableList<BoardRow> localRows = FXCollections.observableArrayList();
    private final ObservableList<BoardRow> serverRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper localStatus = new ReadOnlyStringWrapper(this, "localStatus", "");
    private final ReadOnlyStringWrapper serverStatus = new ReadOnlyStringWrapper(this, "serverStatus", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public LeagueViewModel(
            ScoreRepository scores,
            ModuleCatalog catalog,
            Optional<LeagueBoards> server,
            Executor background,
            Executor network,
            Executor fx) {
        this.scores = scores;
        this.server = server;
        this.background = background;
        this.network = network;
        this.fx = fx;
        this.modules =
                catalog.all().stream().filter(m -> m.scoring().isPresent()).toList();
        this.module = new SimpleObjectProperty<>(this, "module", modules.isEmpty() ? null : modules.get(0));
        module.addListener((o, old, now) -> refresh());
        serverStatus.set(
                server.isPresent()
                        ? "League server " + server.get().server() + ": not asked yet"
                        : "Not paired with a league server: the board shows this workstation's scores"
                                + " (pair with 'steadyhand league pair')");
    }

    /** Reloads the local board and, when paired, the server's board, in the background. */
    public void refresh() {
        TrainingModule chosen = module.get();
        if (chosen == null) {
            localStatus.set("No scored modules are configured");
            return;
        }
        loading.set(true);
        localStatus.set("Reading the scores of " + chosen.name() + " …");
        background.execute(() -> {
            try {
                List<BoardRow> rows = LocalBoard.rank(chosen.id(), scores.moduleScores(chosen.id()));
                fx.execute(() -> localLoaded(chosen, rows, null));
            } catch (StoreException e) {
                LOG.error("reading the local board failed", e);
                fx.execute(() -> localLoaded(chosen, List.of(), e.getMessage()));
            }
        });
        server.ifPresent(boards -> {
            serverStatus.set("Asking the league server " + boards.server() + " …");
            network.execute(() -> fetch(boards, chosen));
        });
    }

    private void fetch(LeagueBoards boards, TrainingModule chosen) {
        try {
            List<BoardRow> rows = LocalBoard.fromServer(boards.moduleBoard(chosen.id(), SERVER_LINES));
            fx.execute(() -> serverLoaded(chosen, rows, null));
        } catch (IOException e) {
            LOG.info("league server board not available: {}", e.toString());
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fx.execute(() -> serverLoaded(chosen, null, why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void localLoaded(TrainingModule chosen, List<BoardRow> rows, String error) {
        if (chosen != module.get()) {
            return;
        }
        loading.set(false);
        localRows.setAll(rows);
        if (error != null) {
            localStatus.set("The local scores could not be read: " + error);
        } else if (rows.isEmpty()) {
            localStatus.set("No scored sessions of " + chosen.name() + " yet — record one on the Rig screen");
        } else {
            localStatus.set(rows.size() + (rows.size() == 1 ? " trainee" : " trainees")
                    + " on this workstation, ranked by best score (ties: whoever reached it first)");
        }
    }

    private void serverLoaded(TrainingModule chosen, List<BoardRow> rows, String error) {
        if (chosen != module.get()) {
            return;
        }
        String where = "League server "
                + server.map(LeagueBoards::server).map(Object::toString).orElse("");
        if (rows == null) {
            serverStatus.set(where + " unreachable (" + error + "); showing this workstation's board");
            return;
        }
        serverRows.setAll(rows);
        serverStatus.set(where + ": "
                + (rows.isEmpty() ? "no scores for " + chosen.name() + " yet" : rows.size() + " on the board"));
    }

    public List<TrainingModule> modules() {
        return modules;
    }

    public ObjectProperty<TrainingModule> moduleProperty() {
        return module;
    }

    /** Whether a league server is configured, so the server board is worth showing. */
    public boolean paired() {
        return server.isPresent();
    }

    public ObservableList<BoardRow> localRows() {
        return FXCollections.unmodifiableObservableList(localRows);
    }

    /** The server's board as last fetched; stays as it was when the server becomes unreachable. */
    public ObservableList<BoardRow> serverRows() {
        return FXCollections.unmodifiableObservableList(serverRows);
    }

    public ReadOnlyStringProperty localStatusProperty() {
        return localStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
