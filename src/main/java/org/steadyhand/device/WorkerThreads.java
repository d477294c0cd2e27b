package org.steadyhand.device;

/**
 * The end of a source's worker thread, shared by every source: {@code stop()} must not return
 * while the worker may still deliver events ("no events after stop", {@link SampleSource#stop}).
 */
public final class WorkerThreads {
    private WorkerThreads() {}

    /**
     * Waits until {@code worker} has ended, however often the caller is interrupted meanwhile (the
     * interrupt is re-flagged afterwards). Does nothing for no worker or when called from the worker
     * itself (a listener stopping its own source), which would otherwise wait for ever.
     */
    public static void awaitEnd(Thread worker) {
        if (worker == null || worker == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
