package org.steadyhand.ui.sessions;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.StoreException;

/**
 * The list of stored sessions, newest first, filtered by a trainee name typed by the user.
 *
 * <p>Threading: properties and commands on the FX thread; the database is read on
 * {@code background}, the result handed back through {@code fx}. A refresh asked for while one is
 * running is done once more when it finishes, so the list never misses a session that just ended.
 */
public final class SessionsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SessionsViewModel.class);

    private final SessionCatalog catalog;
    private final ModuleCatalog modules;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final ObservableList<SessionRow> all = FXCollections.observableArrayList();
    private final FilteredList<SessionRow> shown = new FilteredList<>(all);
    private final StringProperty traineeFilter = new SimpleStringProperty(this, "traineeFilter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean refreshAgain;

    /**
     * @param zone time zone in which start times are shown
     */
    public SessionsViewModel(
            SessionCatalog catalog, ModuleCatalog modules, Executor background, Executor fx, ZoneId zone) {
        this.catalog = catalog;
        this.modules = modules;
        this.background = background;
        this.fx = fx;
        this.zone = zone;
        traineeFilter.addListener((o, old, text) -> applyFilter());
    }

    /** Reloads the list from the database in the background. */
    public void refresh() {
        if (loading.get()) {
            refreshAgain = true;
            return;
        }
        loading.set(true);
        background.execute(() -> {
            try {
                List<SessionRow> rows = catalog.list(Optional.empty()).stream()
                        .map(session -> SessionRow.of(session, modules, zone))
                        .toList();
                fx.execute(() -> loaded(rows, null));
            } catch (StoreException e) {
                LOG.error("listing sessions failed", e);
                fx.execute(() -> loaded(null, e.getMessage()));
            }
        });
    }

    private void loaded(List<SessionRow> rows, String error) {
        loading.set(false);
        if (rows != null) {
            all.setAll(rows);
        }
        applyFilter();
        if (error != null) {
            summary.set("The sessions could not be read: " + error);
        }
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void applyFilter() {
        String needle =
                traineeFilter.get() == null ? "" : traineeFilter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(
                needle.isEmpty()
                        ? null
                        : row -> row.trainee().toLowerCase(Locale.ROOT).contains(needle));
        summary.set(
                needle.isEmpty()
                        ? count(all.size())
                        : shown.size() + " of " + count(all.size()) + " match \""
                                + traineeFilter.get().strip() + "\"");
    }

    private static String count(int n) {
        return n == 1 ? "1 session" : n + " sessions";
    }

    /** The sessions passing the filter, newest first. */
    public ObservableList<SessionRow> sessions() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** Part of a trainee's name; matching ignores case. Empty shows everyone. */
    public StringProperty traineeFilterProperty() {
        return traineeFilter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** e.g. {@code 12 sessions}, {@code 3 of 12 sessions match "ada"}, or why the list is stale. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
