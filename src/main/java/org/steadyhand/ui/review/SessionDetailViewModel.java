package org.steadyhand.ui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.store.ExportFormat;
import org.steadyhand.store.SessionListing;
import org.steadyhand.store.StoreException;
import org.steadyhand.ui.ScoreLine;

/**
 * The detail of one session under review: loads it in the background with progress (the plots
 * first, then the tremor spectrum), holds the
 * one visible time range that every time plot follows (zoom and pan change only that), the score
 * breakdown, the instructor's note (saved in the database) and the export with progress and
 * cancel.
 *
 * <p>Threading: properties and commands on the FX thread. Loading and note saving run on
 * {@code background}, exports on {@code exporter}; results come back through {@code fx}. A load
 * that finishes after another session was opened is dropped.
 */
public final class SessionDetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SessionDetailViewModel.class);

    private final ReviewServices services;
    private final SessionDetailLoader loader;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<Optional<SessionDetail>> detail =
            new ReadOnlyObjectWrapper<>(this, "detail", Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ThrottledProgress loadProgress;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TimeRange> visible =
            new ReadOnlyObjectWrapper<>(this, "visible", new TimeRange(0, 1_000_000_000L));
    private final ReadOnlyObjectWrapper<SpectrumState> spectrum =
            new ReadOnlyObjectWrapper<>(this, "spectrum", SpectrumState.COMPUTING);
    private final ObservableList<ScoreLine> scoreLines = FXCollections.observableArrayList();
    /** Kept: an unmodifiable view only weakly listens to its source, so a new one per call could lose listeners. */
    private final ObservableList<ScoreLine> scoreLinesView = FXCollections.unmodifiableObservableList(scoreLines);

    private final ReadOnlyStringWrapper scoreSummary = new ReadOnlyStringWrapper(this, "scoreSummary", "");
    private final InstructorNote note;
    private final SessionExport export;
    private long generation;

    SessionDetailViewModel(ReviewServices services, Executor background, Executor exporter, Executor fx) {
        this.services = services;
        this.loader = new SessionDetailLoader(services);
        this.background = background;
        this.fx = fx;
        this.loadProgress = new ThrottledProgress(fx);
        this.note = new InstructorNote(services, background, fx);
        this.export = new SessionExport(services.exporter(), exporter, fx);
    }

    /**
     * Shows {@code listing} and loads it in the background. A note edited on the session shown
     * before is saved first, so moving on never loses it.
     */
    public void open(SessionListing listing) {
        note.saveIfEdited();
        long mine = ++generation;
        shown.set(true);
        detail.set(Optional.empty());
        spectrum.set(SpectrumState.COMPUTING);
        loading.set(true);
        loadProgress.reset();
        message.set("");
        scoreLines.clear();
        scoreSummary.set("");
        export.clearStatus();
        title.set(listing.session().traineeName() + " — " + listing.session().moduleId());
        note.show(Optional.empty(), Optional.empty());
        background.execute(() -> {
            try {
                SessionDetail loaded = loader.load(listing, loadProgress::report);
                fx.execute(() -> loaded(mine, loaded));
                // The spectrum takes longest; the plots show while it is computed.
                background.execute(() -> {
                    SpectrumState computed = loader.spectrum(loaded);
                    fx.execute(() -> {
                        if (mine == generation) {
                            spectrum.set(computed);
                        }
                    });
                });
            } catch (StoreException | IllegalArgumentException e) {
                LOG.error("loading session {} failed", listing.session().id(), e);
                fx.execute(() -> failed(mine, e.getMessage()));
            }
        });
    }

    private void loaded(long mine, SessionDetail loaded) {
        if (mine != generation) {
            return;
        }
        loading.set(false);
        loadProgress.finish();
        title.set(loaded.listing().session().traineeName() + " — " + loaded.moduleName());
        visible.set(loaded.whole());
        loaded.score().ifPresentOrElse(stored -> showScore(stored.score()), () -> {
            scoreLines.clear();
            scoreSummary.set("Not scored: only sessions that ran to completion get a score");
        });
        note.show(Optional.of(loaded.listing().session().id()), loaded.note());
        detail.set(Optional.of(loaded));
    }

    private void failed(long mine, String why) {
        if (mine == generation) {
            loading.set(false);
            message.set("The session could not be read: " + why);
        }
    }

    private void showScore(ModuleScore score) {
        scoreLines.setAll(ScoreLine.of(score));
        scoreSummary.set(String.format(
                Locale.ROOT,
                "%.1f / 100 · grade %s · %s (pass mark %.0f)",
                score.overall(),
                score.grade(),
                score.passed() ? "PASS" : "FAIL",
                score.passMark()));
    }

    /**
     * Back to the list, saving an edited note; a load still running is dropped, and the loaded
     * session let go (an hour of samples is over 100 MB).
     */
    public void close() {
        note.saveIfEdited();
        generation++;
        shown.set(false);
        loading.set(false);
        detail.set(Optional.empty());
    }

    // ---- zoom: one visible range for every time plot ----

    /** Shows {@code [fromNanos, toNanos)} (kept inside the session, at least 50 ms). */
    public void zoomTo(long fromNanos, long toNanos) {
        detail.get()
                .ifPresent(d -> visible.set(
                        TimeRange.clamped(Math.min(fromNanos, toNanos), Math.max(fromNanos, toNanos), d.whole())));
    }

    /**
     * Zooms by {@code factor} (&lt; 1 in, &gt; 1 out; kept within 0.01..100) keeping {@code anchorNanos}
     * (moved inside the visible range if outside) where it is.
     */
    public void zoomAround(long anchorNanos, double factor) {
        TimeRange now = visible.get();
        anchorNanos = Math.max(now.fromNanos(), Math.min(now.toNanos(), anchorNanos));
        double f = Math.max(0.01, Math.min(100, factor));
        long from = anchorNanos - Math.round((anchorNanos - now.fromNanos()) * f);
        long to = anchorNanos + Math.round((now.toNanos() - anchorNanos) * f);
        zoomTo(from, Math.max(from + 1, to));
    }

    /** Moves the visible range by {@code share} of its span (negative: earlier). */
    public void pan(double share) {
        TimeRange now = visible.get();
        long shift = Math.round(now.spanNanos() * share);
        zoomTo(now.fromNanos() + shift, now.toNanos() + shift);
    }

    /** The whole session. */
    public void showAll() {
        detail.get().ifPresent(d -> visible.set(d.whole()));
    }

    // ---- note ----

    /** Saves the note text in the background. */
    public void saveNote() {
        note.save();
    }

    // ---- export ----

    /** Exports the session to {@code target} in the background, reporting progress. */
    public void export(Path target, ExportFormat format) {
        detail.get().ifPresent(d -> export.start(d.listing().session(), target, format));
    }

    /** Asks a running export to stop; it deletes what it wrote. */
    public void cancelExport() {
        export.cancel();
    }

    // ---- properties ----

    /** Whether the detail is showing (instead of the list). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The loaded session, empty while loading. */
    public ReadOnlyObjectProperty<Optional<SessionDetail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0..1 while loading, 1 when loaded. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.property();
    }

    /** e.g. {@code Ada Lovelace — Forceps}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the session could not be shown; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The tremor spectrum: computing (after the plots are ready), computed, or why there is none. */
    public ReadOnlyObjectProperty<SpectrumState> spectrumProperty() {
        return spectrum.getReadOnlyProperty();
    }

    /** The time range every time plot shows. */
    public ReadOnlyObjectProperty<TimeRange> visibleRangeProperty() {
        return visible.getReadOnlyProperty();
    }

    public ObservableList<ScoreLine> scoreLines() {
        return scoreLinesView;
    }

    /** e.g. {@code 82.4 / 100   grade B   PASS (pass mark 70)}, or why there is no score. */
    public ReadOnlyStringProperty scoreSummaryProperty() {
        return scoreSummary.getReadOnlyProperty();
    }

    /** The note being edited; {@link #saveNote()} stores it. */
    public StringProperty noteTextProperty() {
        return note.textProperty();
    }

    /** e.g. {@code Saved 14:02:10}, {@code Not saved yet}. */
    public ReadOnlyStringProperty noteStatusProperty() {
        return note.statusProperty();
    }

    /** Whether the note text differs from the saved one. */
    public ReadOnlyBooleanProperty noteDirtyProperty() {
        return note.dirtyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return export.exportingProperty();
    }

    /** 0..1 of the running export; 1 once complete. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return export.progressProperty();
    }

    /** e.g. {@code Exported 12,000 samples to /tmp/ada.csv}, or why not. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return export.statusProperty();
    }

    /** Plots' ids in order, for tests and the view. */
    static List<String> plotIds() {
        return List.of(
                SessionDetailLoader.POSITION,
                SessionDetailLoader.TREMOR,
                SessionDetailLoader.FORCE,
                SessionDetailLoader.TILT,
                SessionDetailLoader.RR);
    }
}
