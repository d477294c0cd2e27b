package org.steadyhand.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One thread that plays the FX thread for view-model tests that need real background work (a
 * running rig, a recording): the view-model's FX hops land here, and the test reads and commands
 * through {@link #call} and {@link #run}, so properties are only ever touched on this thread.
 */
public final class FxThreadStandIn implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("fx-stand-in").daemon().factory());

    @Override
    public void execute(Runnable task) {
        thread.execute(task);
    }

    /** Runs {@code task} on this thread and returns its result. */
    public <T> T call(Callable<T> task) {
        try {
            return thread.submit(task).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("task on the stand-in FX thread failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("task on the stand-in FX thread did not finish", e);
        }
    }

    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
