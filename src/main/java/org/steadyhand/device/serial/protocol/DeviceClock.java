package org.steadyhand.device.serial.protocol;

/**
 * Maps an instrument's free-running 32-bit microsecond counter onto the session clock, keeping the
 * instrument's sample spacing (its clock is read right at the measurement; the host's receive time
 * carries USB bursts and scheduling jitter of several ms).
 *
 * <ul>
 *   <li>Anchor: the first frame's session time is its receive time. Frames come in USB bursts
 *       (16 at a time with a 16 ms latency timer), so the whole series sits late by the first
 *       burst's length plus its transfer latency, typically 5 to 20 ms; the spacing is exact.
 *   <li>Wrap: the counter's difference is taken modulo 2³² (it wraps every 71.6 min), so any
 *       forward step shorter than that is followed exactly.
 *   <li>Re-anchor: if the mapped time is more than {@link #MAX_DRIFT_NANOS} away from the receive
 *       time, either way (the instrument's clock runs off, it rebooted and its counter jumped, or
 *       the link stalled), the frame gets its receive time and the mapping restarts from it;
 *       {@link #reanchors()} counts this. 50 ms is above the worst USB-serial burst delay seen in
 *       practice (latency timer plus OS scheduling) and below what would visibly misplace a tremor
 *       trace; a board clocked by a ±0.5 % ceramic resonator drifts that far in about 10 s, one
 *       with a crystal (±50 ppm) in about 17 min.
 *   <li>Times never decrease: after a re-anchor backwards, frames keep the last time given until
 *       the mapping passes it.
 * </ul>
 *
 * <p>Not thread-safe: one per decoder.
 */
final class DeviceClock {
    /** Largest distance of a mapped time from its receive time before the mapping restarts. */
    static final long MAX_DRIFT_NANOS = 50_000_000L;

    private boolean anchored;
    private long lastCounterMicros;
    private long elapsedMicros;
    private long offsetNanos;
    private long lastNanos;
    private long reanchors;

    /**
     * @param counterMicros the instrument's counter, as an unsigned 32-bit value in a long
     * @param receivedAtNanos session time the frame was received
     * @return session time of the frame
     */
    long sessionNanos(long counterMicros, long receivedAtNanos) {
        if (!anchored) {
            anchored = true;
            lastCounterMicros = counterMicros;
            elapsedMicros = 0;
            offsetNanos = receivedAtNanos;
            lastNanos = receivedAtNanos;
            return receivedAtNanos;
        }
        elapsedMicros += (counterMicros - lastCounterMicros) & 0xFFFF_FFFFL;
        lastCounterMicros = counterMicros;
        long mapped = elapsedMicros * 1000 + offsetNanos;
        if (Math.abs(mapped - receivedAtNanos) > MAX_DRIFT_NANOS) {
            offsetNanos += receivedAtNanos - mapped;
            mapped = receivedAtNanos;
            reanchors++;
        }
        lastNanos = Math.max(lastNanos, mapped);
        return lastNanos;
    }

    /** How many times the mapping restarted because the instrument's time drifted too far. */
    long reanchors() {
        return reanchors;
    }
}
