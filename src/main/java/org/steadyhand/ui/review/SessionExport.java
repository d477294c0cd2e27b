package org.steadyhand.ui.review;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.store.ExportFormat;
import org.steadyhand.store.SessionExporter;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoreException;

/**
 * The export of the session under review ({@link SessionExporter}, the command line's formats) on
 * its own worker, with progress and cancel; part of {@link SessionDetailViewModel}. One export at a
 * time. Threading: commands and properties on the FX thread; the export on {@code exporter}.
 */
final class SessionExport {
    private static final Logger LOG = LoggerFactory.getLogger(SessionExport.class);

    private final SessionExporter exporter;
    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ThrottledProgress progress;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private AtomicBoolean cancel = new AtomicBoolean();

    SessionExport(SessionExporter exporter, Executor worker, Executor fx) {
        this.exporter = exporter;
        this.worker = worker;
        this.fx = fx;
        this.progress = new ThrottledProgress(fx);
    }

    /** Starts exporting {@code session} to {@code target}; ignored while an export runs. */
    void start(SessionSummary session, Path target, ExportFormat format) {
        if (exporting.get()) {
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        exporting.set(true);
        progress.reset();
        status.set("Exporting to " + target.getFileName() + "…");
        worker.execute(() -> {
            try {
                long samples = exporter.export(session, format, target, (done, total) -> {
                    if (mine.get()) {
                        throw new CancellationException("export cancelled");
                    }
                    progress.report(done, total);
                });
                fx.execute(
                        () -> ended(String.format(Locale.ROOT, "Exported %,d samples to %s", samples, target), true));
            } catch (CancellationException e) {
                fx.execute(() -> ended("Export cancelled; no file written", false));
            } catch (StoreException e) {
                LOG.error("exporting session {} failed", session.id(), e);
                fx.execute(() -> ended("Export failed: " + e.getMessage(), false));
            }
        });
    }

    private void ended(String text, boolean complete) {
        exporting.set(false);
        if (complete) {
            progress.finish();
        }
        status.set(text);
    }

    /** Asks the running export to stop; it deletes what it wrote. */
    void cancel() {
        cancel.set(true);
    }

    /** Clears the last export's status (another session opened). */
    void clearStatus() {
        if (!exporting.get()) {
            status.set("");
            progress.reset();
        }
    }

    ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.property();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
