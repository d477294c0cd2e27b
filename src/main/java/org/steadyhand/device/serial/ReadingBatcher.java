package org.steadyhand.device.serial;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.device.SourceEvent;

/**
 * Packs decoded readings (one value per channel at one instant) into one {@link SampleBlock} per
 * channel, sent when {@value #MAX_BLOCK_SAMPLES} readings are pending or the oldest pending one
 * has waited {@link #MAX_WAIT_NANOS} — the 10 ms blocks of the simulated rig at 1 kHz, so the
 * pipeline and the live display see serial and simulated data alike.
 *
 * <p>Sample times must increase strictly within a channel. A line protocol stamps every line of one
 * read with the same receive time, so a reading at or before the previous one is moved to 1 ns
 * after it (counted in {@link #retimed()}); the shift is far below any instrument's resolution.
 *
 * <p>Not thread-safe: used by the serial source's reader thread only.
 */
final class ReadingBatcher {
    static final int MAX_BLOCK_SAMPLES = 100;
    static final long MAX_WAIT_NANOS = 10_000_000L;

    private final String source;
    private final List<Channel> channels;
    private final Consumer<SourceEvent> out;
    private final long[] times = new long[MAX_BLOCK_SAMPLES];
    private final double[][] values;
    private int pending;
    private long firstPendingAtNanos;
    private long lastTimeNanos;
    private boolean any;
    private volatile long retimed; // written by the reader thread only; read for status

    ReadingBatcher(String source, List<Channel> channels, Consumer<SourceEvent> out) {
        this.source = source;
        this.channels = List.copyOf(channels);
        this.out = out;
        this.values = new double[channels.size()][MAX_BLOCK_SAMPLES];
    }

    /**
     * Adds one reading.
     *
     * @param timeNanos the reading's session time
     * @param readingValues one value per channel; copied
     * @param nowNanos session time now, for the flush deadline
     * @return the time the reading was stored under (after any retiming)
     */
    long add(long timeNanos, double[] readingValues, long nowNanos) {
        if (readingValues.length != channels.size()) {
            throw new IllegalArgumentException(
                    "a reading needs " + channels.size() + " values, got " + readingValues.length);
        }
        long time = timeNanos;
        if (any && time <= lastTimeNanos) {
            time = lastTimeNanos + 1;
            retimed++;
        }
        if (pending == 0) {
            firstPendingAtNanos = nowNanos;
        }
        times[pending] = time;
        for (int c = 0; c < readingValues.length; c++) {
            values[c][pending] = readingValues[c];
        }
        pending++;
        lastTimeNanos = time;
        any = true;
        if (pending == MAX_BLOCK_SAMPLES) {
            flush();
        }
        return time;
    }

    /** Sends the pending readings if the oldest has waited long enough. */
    void flushIfDue(long nowNanos) {
        if (pending > 0 && nowNanos - firstPendingAtNanos >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Sends the pending readings now, one block per channel. */
    void flush() {
        if (pending == 0) {
            return;
        }
        long[] blockTimes = Arrays.copyOf(times, pending);
        for (int c = 0; c < channels.size(); c++) {
            // Each block owns its arrays (SampleBlock does not copy); the times are shared read-only.
            out.accept(new SourceEvent.BlockReceived(
                    source, new SampleBlock(channels.get(c), blockTimes, Arrays.copyOf(values[c], pending))));
        }
        pending = 0;
    }

    /** Time of the latest reading added, if any. */
    OptionalLong lastTimeNanos() {
        return any ? OptionalLong.of(lastTimeNanos) : OptionalLong.empty();
    }

    /** Readings moved forward to keep times increasing. */
    long retimed() {
        return retimed;
    }
}
