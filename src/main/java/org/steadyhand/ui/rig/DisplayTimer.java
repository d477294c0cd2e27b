package org.steadyhand.ui.rig;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a live display at a fixed rate: takes a snapshot on its own thread, then shows it on the
 * FX thread. While one snapshot waits to be shown no other is queued, so a busy FX thread sees
 * fewer refreshes instead of a growing backlog.
 *
 * @param <T> the snapshot type
 */
final class DisplayTimer<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DisplayTimer.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("rig-display").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Supplier<T> snapshot;
    private final Executor fx;
    private final Consumer<T> show;
    private boolean failedBefore; // timer thread only

    /**
     * @param snapshot called on the timer's thread
     * @param show called through {@code fx} with each snapshot
     */
    DisplayTimer(long periodMillis, Supplier<T> snapshot, Executor fx, Consumer<T> show) {
        this.snapshot = snapshot;
        this.fx = fx;
        this.show = show;
        timer.scheduleAtFixedRate(this::tick, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            T next = snapshot.get();
            fx.execute(() -> {
                queued.set(false);
                show.accept(next);
            });
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log once, keep the display alive.
            queued.set(false);
            if (!failedBefore) {
                failedBefore = true;
                LOG.error("taking a live display snapshot failed; further failures are not logged", e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
