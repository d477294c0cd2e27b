package org.steadyhand.ui.rig;

import java.time.Duration;

/** Clock texts for the rig screen: {@code 01:05}, or {@code 1:01:05} past an hour. */
final class TimeText {
    private TimeText() {}

    static String of(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    /** Remaining time, rounded up so the countdown shows 00:00 only when time is up. */
    static String remaining(Duration total, Duration elapsed) {
        Duration left = total.minus(elapsed);
        if (left.isNegative()) {
            return of(Duration.ZERO);
        }
        long nanos = left.toNanos();
        return of(Duration.ofSeconds((nanos + 999_999_999L) / 1_000_000_000L));
    }
}
