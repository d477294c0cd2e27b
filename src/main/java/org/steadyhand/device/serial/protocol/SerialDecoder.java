package org.steadyhand.device.serial.protocol;

/**
 * Turns the bytes of one connection into readings and events. Bytes arrive in arbitrary pieces (a
 * frame may be split across calls, several frames may come in one). A decoder never throws on bad
 * bytes: it counts them in {@link #counters()}, reports them to the sink as problems, and
 * resynchronises on the next good frame or line.
 *
 * <p>Not thread-safe: one decoder per connection, fed from the connection's reader thread.
 */
public interface SerialDecoder {
    /**
     * Feeds {@code length} bytes from {@code buffer[offset]}.
     *
     * @param receivedAtNanos session-clock time when these bytes were read; the time of readings
     *     whose wire format carries no usable timestamp
     */
    void accept(byte[] buffer, int offset, int length, long receivedAtNanos);

    /** What this decoder has seen so far. */
    DecoderCounters counters();
}
