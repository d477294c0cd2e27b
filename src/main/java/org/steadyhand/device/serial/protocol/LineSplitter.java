package org.steadyhand.device.serial.protocol;

/**
 * Cuts the bytes of a line protocol into lines for its parser. A line ends at CR, LF or any run of
 * them (CR LF, LF CR, blank lines), so empty lines are never delivered. Bytes may be split across
 * {@link #accept} calls anywhere, including between the CR and LF of one terminator; the lines and
 * counts are the same as if everything came in one call.
 *
 * <p>A line longer than {@code maxLineBytes} (terminator not counted) is dropped whole, up to its
 * terminator, and counted once as {@link DecodeProblem#OVERLONG}: an instrument that forgot its
 * terminator, or a wrong baud rate producing noise, cannot grow memory.
 *
 * <p>A line's time is the {@code receivedAtNanos} of the call that delivered its terminator. The
 * handler sees the bytes only during the call (they may be this splitter's buffer or the caller's
 * array) and must copy what it keeps.
 *
 * <p>Not thread-safe: one per decoder.
 */
public final class LineSplitter {
    /** Receives each complete line, without its terminator, {@code length} &gt; 0. */
    @FunctionalInterface
    public interface LineHandler {
        void line(byte[] bytes, int offset, int length, long receivedAtNanos);
    }

    private final int maxLineBytes;
    private final LineHandler handler;
    private final DecoderCounters counters;
    private final DecodeSink sink;
    private final byte[] pending;
    private int pendingLength;
    private boolean skippingOverlong;

    /**
     * @param maxLineBytes longest line delivered, &gt; 0
     * @param counters where over-long lines are counted
     * @param sink told about each over-long line
     */
    public LineSplitter(int maxLineBytes, LineHandler handler, DecoderCounters counters, DecodeSink sink) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("'maxLineBytes' must be > 0, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.handler = handler;
        this.counters = counters;
        this.sink = sink;
        this.pending = new byte[maxLineBytes];
    }

    /** Feeds {@code length} bytes from {@code buffer[offset]}, delivering every line they complete. */
    public void accept(byte[] buffer, int offset, int length, long receivedAtNanos) {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            byte c = buffer[i];
            if (c != '\r' && c != '\n') {
                continue;
            }
            int segment = i - start;
            if (skippingOverlong) {
                skippingOverlong = false;
                pendingLength = 0;
            } else if (pendingLength == 0) {
                if (segment > maxLineBytes) {
                    overlong();
                } else if (segment > 0) {
                    handler.line(buffer, start, segment, receivedAtNanos);
                }
            } else if (pendingLength + segment > maxLineBytes) {
                pendingLength = 0;
                overlong();
            } else {
                System.arraycopy(buffer, start, pending, pendingLength, segment);
                int lineLength = pendingLength + segment;
                pendingLength = 0;
                handler.line(pending, 0, lineLength, receivedAtNanos);
            }
            start = i + 1;
        }
        int tail = end - start;
        if (tail > 0 && !skippingOverlong) {
            if (pendingLength + tail > maxLineBytes) {
                pendingLength = 0;
                skippingOverlong = true;
                overlong();
            } else {
                System.arraycopy(buffer, start, pending, pendingLength, tail);
                pendingLength += tail;
            }
        }
    }

    /** Longest line delivered, bytes. */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    private void overlong() {
        Problems.report(
                counters,
                sink,
                DecodeProblem.OVERLONG,
                1,
                "line longer than " + maxLineBytes + " bytes dropped (missing terminator or wrong baud rate?)");
    }
}
