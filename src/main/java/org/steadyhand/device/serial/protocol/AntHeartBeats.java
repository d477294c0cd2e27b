package org.steadyhand.device.serial.protocol;

import java.util.OptionalDouble;

/**
 * Turns ANT+ heart-rate data pages into RR intervals (ANT+ Heart Rate Monitor device profile; DOMAIN.md
 * "Device protocols"): byte 0 page number (bit 7 toggles every 4 pages), bytes 2–3 the previous beat's
 * event time (page 4), bytes 4–5 the last beat's event time in 1/1024 s (LE, rolls over every 64 s),
 * byte 6 the beat count (rolls over at 256), byte 7 the strap's computed heart rate.
 *
 * <p>A new beat is a changed beat count. One more beat gives the interval between the two event
 * times. A jump of several beats (pages missed while the radio lost the strap) gives, from page 4's
 * previous-beat time, the last interval only; the others are lost and counted. After more than
 * {@value #RESYNC_SECONDS} s without a page the event-time roll-over is ambiguous, so tracking
 * restarts. Not thread-safe: one per decoder.
 */
final class AntHeartBeats {
    /** Below the 64 s event-time roll-over, so a difference modulo 65536 ticks is unambiguous. */
    static final long RESYNC_SECONDS = 60;

    private boolean tracking;
    private int lastCount;
    private int lastTimeTicks;
    private long lastPageNanos;

    /** What one page meant. */
    record Beat(OptionalDouble rrMillis, int missedBeats, boolean badInterval) {}

    /** Reads one 8-byte page received at {@code atNanos}. */
    Beat page(byte[] data, int offset, long atNanos) {
        int page = data[offset] & 0x7F;
        int time = u16(data, offset + 4);
        int count = data[offset + 6] & 0xFF;
        boolean stale = tracking && atNanos - lastPageNanos > RESYNC_SECONDS * 1_000_000_000L;
        boolean first = !tracking || stale;
        int previousCount = lastCount;
        int previousTime = lastTimeTicks;
        tracking = true;
        lastPageNanos = atNanos;
        lastCount = count;
        lastTimeTicks = time;
        if (first) {
            return new Beat(OptionalDouble.empty(), 0, false);
        }
        int beats = (count - previousCount) & 0xFF;
        if (beats == 0) {
            return new Beat(OptionalDouble.empty(), 0, false);
        }
        int fromTicks;
        int missed = beats - 1;
        if (beats == 1) {
            fromTicks = previousTime;
        } else if (page == 4) {
            fromTicks = u16(data, offset + 2);
        } else {
            return new Beat(OptionalDouble.empty(), beats, false);
        }
        int ticks = (time - fromTicks) & 0xFFFF;
        double rr = ticks * 1000.0 / 1024;
        if (ticks == 0 || rr > 5000) {
            return new Beat(OptionalDouble.empty(), missed, true);
        }
        return new Beat(OptionalDouble.of(rr), missed, false);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
