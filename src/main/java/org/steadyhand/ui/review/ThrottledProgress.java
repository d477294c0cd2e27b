package org.steadyhand.ui.review;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * A 0..1 progress property fed from a worker thread: the worker reports as often as it likes,
 * and only steps of at least 1 % are handed to the FX thread, so reading an hour's 18,000 chunks
 * does not flood the FX queue. {@link #report} may be called from several worker threads; the
 * rest on the FX thread.
 */
final class ThrottledProgress {
    private static final double STEP = 0.01;

    private final Executor fx;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private double lastSent;

    ThrottledProgress(Executor fx) {
        this.fx = fx;
    }

    /** From the worker: {@code done} of {@code total} units. */
    synchronized void report(long done, long total) {
        double share = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        if (share - lastSent >= STEP || (share >= 1.0 && lastSent < 1.0)) {
            lastSent = share;
            fx.execute(() -> progress.set(share));
        }
    }

    /** Back to 0 before a new job (FX thread). */
    synchronized void reset() {
        lastSent = 0;
        progress.set(0);
    }

    /** The job is complete (FX thread). */
    synchronized void finish() {
        lastSent = 1;
        progress.set(1);
    }

    ReadOnlyDoubleProperty property() {
        return progress.getReadOnlyProperty();
    }
}
