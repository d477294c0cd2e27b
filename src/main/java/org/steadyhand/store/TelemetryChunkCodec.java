package org.steadyhand.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Packs a run of samples of one channel into the {@code telemetry_chunk.payload} column.
 *
 * <pre>
 * byte    format version (1)
 * byte    time layout: 0 = regular (every step equal), 1 = irregular
 * varint  sample count n (&gt;= 1)
 * varlong first time, session nanoseconds (zig-zag)
 * regular:   varlong step in nanoseconds
 * irregular: n-1 varlong steps (zig-zag); steps are &gt; 0 for valid data
 * n x 8   values, IEEE 754 doubles, little endian
 * </pre>
 *
 * Regular sampling (every simulated and most real channels) costs 8 bytes per sample plus a dozen
 * for the chunk; irregular timing (HID reports, jittery serial) costs about 3 more bytes per
 * sample. Values stay exact doubles: nothing a device reported is rounded away.
 */
public final class TelemetryChunkCodec {
    static final byte VERSION = 1;
    private static final byte REGULAR = 0;
    private static final byte IRREGULAR = 1;

    private TelemetryChunkCodec() {}

    /** Encodes samples {@code from} (inclusive) to {@code to} (exclusive). */
    public static byte[] encode(long[] timesNanos, double[] values, int from, int to) {
        int n = to - from;
        if (n < 1) {
            throw new IllegalArgumentException("a chunk needs at least one sample");
        }
        boolean regular = isRegular(timesNanos, from, to);
        int timeBytes = regular ? 20 : 10 * n;
        ByteBuffer out = ByteBuffer.allocate(2 + 5 + timeBytes + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
        out.put(VERSION);
        out.put(regular ? REGULAR : IRREGULAR);
        putVarLong(out, n);
        putVarLong(out, zigZag(timesNanos[from]));
        if (regular) {
            putVarLong(out, n > 1 ? timesNanos[from + 1] - timesNanos[from] : 0);
        } else {
            for (int i = from + 1; i < to; i++) {
                putVarLong(out, zigZag(timesNanos[i] - timesNanos[i - 1]));
            }
        }
        out.asDoubleBuffer().put(values, from, n);
        out.position(out.position() + 8 * n);
        return Arrays.copyOf(out.array(), out.position());
    }

    /** Decoded samples of one chunk. */
    public record Samples(long[] timesNanos, double[] values) {}

    /**
     * Decodes a payload.
     *
     * @throws CorruptChunkException if the payload is not a well-formed chunk
     */
    public static Samples decode(byte[] payload) {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
            byte version = in.get();
            if (version != VERSION) {
                throw new CorruptChunkException("unknown chunk format version " + version);
            }
            byte layout = in.get();
            long count = getVarLong(in);
            if (count < 1 || count > (payload.length / 8)) {
                throw new CorruptChunkException(
                        "implausible sample count " + count + " for " + payload.length + " bytes");
            }
            int n = (int) count;
            long[] times = new long[n];
            times[0] = unZigZag(getVarLong(in));
            if (layout == REGULAR) {
                long step = getVarLong(in);
                for (int i = 1; i < n; i++) {
                    times[i] = times[i - 1] + step;
                }
            } else if (layout == IRREGULAR) {
                for (int i = 1; i < n; i++) {
                    times[i] = times[i - 1] + unZigZag(getVarLong(in));
                }
            } else {
                throw new CorruptChunkException("unknown time layout " + layout);
            }
            if (in.remaining() != 8 * n) {
                throw new CorruptChunkException("expected " + 8 * n + " value bytes, found " + in.remaining());
            }
            double[] values = new double[n];
            in.asDoubleBuffer().get(values);
            return new Samples(times, values);
        } catch (java.nio.BufferUnderflowException e) {
            throw new CorruptChunkException("payload ends early (" + payload.length + " bytes)");
        }
    }

    private static boolean isRegular(long[] times, int from, int to) {
        if (to - from < 3) {
            return true;
        }
        long step = times[from + 1] - times[from];
        for (int i = from + 2; i < to; i++) {
            if (times[i] - times[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void putVarLong(ByteBuffer out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.put((byte) v);
    }

    private static long getVarLong(ByteBuffer in) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new CorruptChunkException("variable-length number longer than 10 bytes");
    }

    /** A stored chunk that cannot be decoded; readers count and skip it. */
    public static final class CorruptChunkException extends RuntimeException {
        public CorruptChunkException(String message) {
            super(message);
        }
    }
}
