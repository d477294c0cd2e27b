package org.steadyhand.core;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The time base of one session: a monotonic nanosecond counter that starts at zero and is anchored
 * once to wall-clock time. Sample and event times are session nanoseconds, so a wall-clock jump
 * (NTP, daylight saving) during a session cannot reorder or stretch data; {@link #instantAt(long)}
 * turns them into wall time for display and export.
 *
 * <p>Thread-safe and immutable.
 */
public final class SessionClock {
    private final Instant wallAtZero;
    private final long monotonicAtZero;
    private final LongSupplier monotonicNanos;

    public SessionClock(Instant wallAtZero, long monotonicAtZero, LongSupplier monotonicNanos) {
        this.wallAtZero = wallAtZero;
        this.monotonicAtZero = monotonicAtZero;
        this.monotonicNanos = monotonicNanos;
    }

    /** A clock whose zero is now, on {@link System#nanoTime()}. */
    public static SessionClock startNow() {
        long mono = System.nanoTime();
        return new SessionClock(Instant.now(), mono, System::nanoTime);
    }

    /** Nanoseconds since this clock's zero. */
    public long nowNanos() {
        return monotonicNanos.getAsLong() - monotonicAtZero;
    }

    /** Wall-clock time at session zero. */
    public Instant wallAtZero() {
        return wallAtZero;
    }

    /** Wall-clock time of a session time. */
    public Instant instantAt(long sessionNanos) {
        return wallAtZero.plus(Duration.ofNanos(sessionNanos));
    }

    /**
     * A clock that shares this one's monotonic counter but whose zero is {@code offsetNanos} later,
     * used when a session starts while its sources are already running (the live preview).
     */
    public SessionClock shiftedBy(long offsetNanos) {
        return new SessionClock(instantAt(offsetNanos), monotonicAtZero + offsetNanos, monotonicNanos);
    }
}
