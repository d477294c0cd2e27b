package org.steadyhand.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading JavaFX state from a test thread and waiting for the screens' background work, shared by
 * the TestFX tests. The patience is generous because CI runs the suite on two cores beside other
 * JVMs; a passing condition returns at once, so it costs nothing when the machine is fast.
 */
public final class FxWaits {
    /** How long a condition may take before the test fails. */
    public static final int PATIENCE_S = 30;

    private FxWaits() {}

    /** Runs {@code read} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(PATIENCE_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("reading on the FX thread failed", e);
        }
    }

    /** Polls {@code condition} until it holds, failing after {@link #PATIENCE_S}. */
    public static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, () -> "");
    }

    /** Polls {@code condition}, read on the FX thread each time, until it holds. */
    public static void waitUntilOnFx(Callable<Boolean> condition) {
        waitUntil(() -> onFx(condition));
    }

    /**
     * Polls {@code condition} until it holds; when it does not within {@link #PATIENCE_S}, the
     * failure shows what {@code shownOnFailure} reads at that moment (a status line, a count), so
     * a failure on CI says where the flow stopped.
     */
    public static void waitUntil(Callable<Boolean> condition, Callable<?> shownOnFailure) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            String shown;
            try {
                shown = String.valueOf(shownOnFailure.call());
            } catch (Exception readFailure) {
                shown = "(could not be read: " + readFailure + ")";
            }
            throw new AssertionError(
                    "condition not met within " + PATIENCE_S + " s" + (shown.isEmpty() ? "" : "; shown: " + shown), e);
        }
    }
}
