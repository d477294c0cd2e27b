package org.steadyhand.ui.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.SessionFilter;
import org.steadyhand.store.StoreException;

/**
 * The instructor's review screen: the list of stored sessions, filtered in the database by trainee,
 * module, date range, pass / fail and status, newest first, and the detail of the session opened
 * from it ({@link SessionDetailViewModel}).
 *
 * <p>Threading: properties and commands on the FX thread; the database is read on
 * {@code background}, the result handed back through {@code fx}. A refresh asked for while one is
 * running (a filter typed fast, a recording that just ended) is done once more when it finishes.
 */
public final class ReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    private final ReviewServices services;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final ObservableList<SessionRow> rows = FXCollections.observableArrayList();
    /** Kept: an unmodifiable view only weakly listens to its source. */
    private final ObservableList<SessionRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final StringProperty traineeFilter = new SimpleStringProperty(this, "traineeFilter", "");
    private final List<Choice<String>> moduleChoices = new ArrayList<>();
    private final ObjectProperty<Choice<String>> moduleFilter = new SimpleObjectProperty<>(this, "moduleFilter");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final List<Choice<Boolean>> resultChoices =
            List.of(Choice.any("Pass or fail"), Choice.of(true, "Passed"), Choice.of(false, "Failed"));
    private final ObjectProperty<Choice<Boolean>> resultFilter =
            new SimpleObjectProperty<>(this, "resultFilter", resultChoices.get(0));
    private final List<Choice<SessionStatus>> statusChoices = new ArrayList<>();
    private final ObjectProperty<Choice<SessionStatus>> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final SessionDetailViewModel detail;
    private boolean refreshAgain;

    /**
     * @param background reads the database (list and detail)
     * @param exporter writes exports, so a long export never holds up the list
     * @param zone time zone of the shown start times and of the date filter
     */
    public ReviewViewModel(ReviewServices services, Executor background, Executor exporter, Executor fx, ZoneId zone) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        this.zone = zone;
        this.detail = new SessionDetailViewModel(services, background, exporter, fx);
        moduleChoices.add(Choice.any("All modules"));
        for (TrainingModule module : services.modules().all()) {
            moduleChoices.add(Choice.of(module.id(), module.name()));
        }
        moduleFilter.set(moduleChoices.get(0));
        statusChoices.add(Choice.any("Any status"));
        for (SessionStatus status : SessionStatus.values()) {
            statusChoices.add(Choice.of(status, status.label()));
        }
        statusFilter.set(statusChoices.get(0));
        for (Observable filter : List.of(traineeFilter, moduleFilter, fromDate, toDate, resultFilter, statusFilter)) {
            filter.addListener(o -> refresh());
        }
    }

    /** Reloads the list from the database in the background with the current filters. */
    public void refresh() {
        if (loading.get()) {
            refreshAgain = true;
            return;
        }
        SessionFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            rows.clear();
            summary.set("No sessions: " + e.getMessage());
            return;
        }
        loading.set(true);
        background.execute(() -> {
            try {
                List<SessionRow> found = services.catalog().list(filter).stream()
                        .map(listing -> SessionRow.of(listing, services.modules(), zone))
                        .toList();
                fx.execute(() -> loaded(found, null));
            } catch (StoreException e) {
                LOG.error("listing sessions failed", e);
                fx.execute(() -> loaded(null, e.getMessage()));
            }
        });
    }

    /** The filter as the database applies it; dates are whole days in the workstation's zone. */
    SessionFilter filter() {
        LocalDate from = fromDate.get();
        LocalDate to = toDate.get();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
        return new SessionFilter(
                Optional.ofNullable(traineeFilter.get()),
                moduleFilter.get() == null
                        ? Optional.empty()
                        : moduleFilter.get().value(),
                Optional.ofNullable(from).map(day -> day.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to)
                        .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()),
                resultFilter.get() == null
                        ? Optional.empty()
                        : resultFilter.get().value(),
                statusFilter.get() == null
                        ? Optional.empty()
                        : statusFilter.get().value(),
                SessionFilter.DEFAULT_LIMIT);
    }

    private void loaded(List<SessionRow> found, String error) {
        loading.set(false);
        if (found != null) {
            rows.setAll(found);
            summary.set(count(found.size()) + (filtered() ? " match the filters" : ""));
        } else {
            summary.set("The sessions could not be read: " + error);
        }
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private boolean filtered() {
        return !traineeFilter.get().isBlank()
                || moduleFilter.get().value().isPresent()
                || fromDate.get() != null
                || toDate.get() != null
                || resultFilter.get().value().isPresent()
                || statusFilter.get().value().isPresent();
    }

    private static String count(int n) {
        return n == 1 ? "1 session" : String.format("%,d sessions", n);
    }

    /** Opens a row of the list in the detail. */
    public void open(SessionRow row) {
        detail.open(row.listing());
    }

    /** Clears every filter. */
    public void clearFilters() {
        traineeFilter.set("");
        moduleFilter.set(moduleChoices.get(0));
        fromDate.set(null);
        toDate.set(null);
        resultFilter.set(resultChoices.get(0));
        statusFilter.set(statusChoices.get(0));
    }

    /** The sessions passing the filters, newest first. */
    public ObservableList<SessionRow> sessions() {
        return rowsView;
    }

    public SessionDetailViewModel detail() {
        return detail;
    }

    /** Part of a trainee's name; matching ignores case. Empty shows everyone. */
    public StringProperty traineeFilterProperty() {
        return traineeFilter;
    }

    public List<Choice<String>> moduleChoices() {
        return List.copyOf(moduleChoices);
    }

    public ObjectProperty<Choice<String>> moduleFilterProperty() {
        return moduleFilter;
    }

    /** First day shown (inclusive), or null for no lower bound (as a date picker leaves it). */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day shown (inclusive), or null for no upper bound. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public List<Choice<Boolean>> resultChoices() {
        return resultChoices;
    }

    public ObjectProperty<Choice<Boolean>> resultFilterProperty() {
        return resultFilter;
    }

    public List<Choice<SessionStatus>> statusChoices() {
        return List.copyOf(statusChoices);
    }

    public ObjectProperty<Choice<SessionStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** e.g. {@code 12 sessions}, {@code 3 sessions match the filters}, or why the list is stale. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
