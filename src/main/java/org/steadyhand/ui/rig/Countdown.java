package org.steadyhand.ui.rig;

/**
 * The 3-2-1 before a recording starts, so the trainee can settle the hand after pressing Start.
 *
 * @param startNanos when Start was pressed, on the view-model's monotonic clock
 */
record Countdown(long startNanos) {
    static final int SECONDS = 3;

    /** What the screen shows at {@code nowNanos}: 3, 2, 1, then 0 once the recording should start. */
    int secondsLeft(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - startNanos);
        long left = SECONDS * 1_000_000_000L - elapsed;
        return left <= 0 ? 0 : (int) ((left + 999_999_999L) / 1_000_000_000L);
    }

    boolean done(long nowNanos) {
        return secondsLeft(nowNanos) == 0;
    }
}
