package org.steadyhand.device.serial.protocol;

/**
 * Maps an instrument's free-running 32-bit microsecond counter onto the session clock, keeping the
 * instrument's sample spacing (its clock is sampled right at the measurement, the host's receive
 * time carries USB and scheduling jitter of several ms).
 *
 * <ul>
 *   <li>Anchor: the first frame's session time is its receive time.
 *   <li>Wrap: the counter's difference is taken modulo 2³² (it wraps every 71.6 min), so any
 *       forward step up to 71 minutes is followed exactly.
 *   <li>Never in the future: a frame cannot be measured after it was received, so if the mapped
 *       time is later than the receive time the anchor moves back to make them equal. Over the
 *       first bursts this settles the anchor on the smallest transfer latency seen.
 *   <li>Re-anchor: if the mapped time falls more than {@link #MAX_LAG_NANOS} behind the receive
 *       time (the instrument's clock runs slow, or it rebooted and its counter jumped), the frame
 *       gets its receive time and the mapping restarts from it; {@link #reanchors()} counts this.
 *       50 ms is above the worst USB-serial delivery delay seen in practice (FTDI latency timer
 *       16 ms plus OS scheduling) and below what would visibly misplace a tremor trace; a board
 *       clocked by a ±0.5 % ceramic resonator drifts that far in about 10 s, a crystal (±50 ppm)
 *       in about 17 min.
 * </ul>
 *
 * <p>Session times from one clock never decrease. Not thread-safe: one per decoder.
 */
final class DeviceClock {
    /** Largest lag of a mapped time behind its receive time before the mapping restarts. */
    static final long MAX_LAG_NANOS = 50_000_000L;

    private boolean anchored;
    private long lastCounterMicros;
    private long elapsedMicros;
    private long offsetNanos;
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
            return receivedAtNanos;
        }
        elapsedMicros += (counterMicros - lastCounterMicros) & 0xFFFF_FFFFL;
        lastCounterMicros = counterMicros;
        long mapped = elapsedMicros * 1000 + offsetNanos;
        if (mapped > receivedAtNanos) {
            offsetNanos -= mapped - receivedAtNanos;
            return receivedAtNanos;
        }
        if (receivedAtNanos - mapped > MAX_LAG_NANOS) {
            offsetNanos += receivedAtNanos - mapped;
            reanchors++;
            return receivedAtNanos;
        }
        return mapped;
    }

    /** How many times the mapping restarted because the instrument's time lagged too far. */
    long reanchors() {
        return reanchors;
    }
}
