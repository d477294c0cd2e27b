package org.steadyhand.core;

import java.util.Arrays;

/**
 * A run of consecutive samples of one channel, each with its own time on the session's monotonic
 * clock ({@link SessionClock}, nanoseconds). Times strictly increase within a block.
 *
 * <p>Ownership: the constructor takes the arrays without copying, because blocks travel at kilohertz
 * rates through the pipeline; whoever builds a block must not touch the arrays afterwards, and
 * readers must treat {@link #timesNanos()} and {@link #values()} as read-only.
 */
public final class SampleBlock {
    private final Channel channel;
    private final long[] timesNanos;
    private final double[] values;

    public SampleBlock(Channel channel, long[] timesNanos, double[] values) {
        if (channel == null) {
            throw new IllegalArgumentException("a sample block needs a channel");
        }
        if (timesNanos.length != values.length) {
            throw new IllegalArgumentException("channel '" + channel.name() + "': " + timesNanos.length + " times but "
                    + values.length + " values");
        }
        if (timesNanos.length == 0) {
            throw new IllegalArgumentException("channel '" + channel.name() + "': a sample block cannot be empty");
        }
        for (int i = 1; i < timesNanos.length; i++) {
            if (timesNanos[i] <= timesNanos[i - 1]) {
                throw new IllegalArgumentException(
                        "channel '" + channel.name() + "': sample times must increase, but t[" + i + "]="
                                + timesNanos[i] + " ns follows " + timesNanos[i - 1] + " ns");
            }
        }
        this.channel = channel;
        this.timesNanos = timesNanos;
        this.values = values;
    }

    /** A block of evenly spaced samples starting at {@code firstNanos}. */
    public static SampleBlock regular(Channel channel, long firstNanos, long periodNanos, double[] values) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("sample period must be > 0 ns, got " + periodNanos);
        }
        long[] times = new long[values.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = firstNanos + i * periodNanos;
        }
        return new SampleBlock(channel, times, values);
    }

    public Channel channel() {
        return channel;
    }

    public int size() {
        return values.length;
    }

    /** Sample times in session nanoseconds; read-only (see the class comment). */
    public long[] timesNanos() {
        return timesNanos;
    }

    /** Sample values in {@code channel().unit()}; read-only (see the class comment). */
    public double[] values() {
        return values;
    }

    public long firstNanos() {
        return timesNanos[0];
    }

    public long lastNanos() {
        return timesNanos[timesNanos.length - 1];
    }

    /** The last value, as a live display shows it. */
    public double latestValue() {
        return values[values.length - 1];
    }

    @Override
    public String toString() {
        return "SampleBlock[" + channel.name() + ", n=" + values.length + ", t=" + firstNanos() + ".." + lastNanos()
                + " ns, first=" + Arrays.toString(Arrays.copyOf(values, Math.min(3, values.length))) + "]";
    }
}
