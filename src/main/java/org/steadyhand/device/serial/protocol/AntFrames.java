package org.steadyhand.device.serial.protocol;

/**
 * Finds ANT messages in a byte stream ({@link AntMessages} framing). Bytes before a sync byte, a
 * sync byte with an impossible length, and the first byte of a message with a wrong checksum are
 * {@link DecodeProblem#GARBAGE} / {@link DecodeProblem#BAD_CHECKSUM}; the scan resumes one byte
 * after the bad sync, so a truncated message cannot hide the next one. A message split across
 * reads waits for its remaining bytes. Not thread-safe: one per decoder.
 */
final class AntFrames {
    /** Receives each good message: its id and data (valid only during the call). */
    interface MessageHandler {
        void message(int id, byte[] data, int offset, int length);
    }

    private final byte[] pending = new byte[4 + AntMessages.MAX_DATA + 4096];
    private int size;
    private final DecoderCounters counters;
    private final DecodeSink sink;

    AntFrames(DecoderCounters counters, DecodeSink sink) {
        this.counters = counters;
        this.sink = sink;
    }

    void accept(byte[] buffer, int offset, int length, MessageHandler handler) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(end - at, pending.length - size);
            System.arraycopy(buffer, at, pending, size, n);
            size += n;
            at += n;
            scan(handler);
        }
    }

    private void scan(MessageHandler handler) {
        int start = 0;
        int garbage = 0;
        while (start < size) {
            if ((pending[start] & 0xFF) != AntMessages.SYNC) {
                garbage++;
                start++;
                continue;
            }
            if (start + 1 >= size) {
                break;
            }
            int dataLength = pending[start + 1] & 0xFF;
            if (dataLength > AntMessages.MAX_DATA) {
                garbage++;
                start++;
                continue;
            }
            int total = dataLength + 4;
            if (start + total > size) {
                break;
            }
            byte expected = AntMessages.checksum(pending, start, total - 1);
            if (pending[start + total - 1] != expected) {
                flushGarbage(garbage);
                garbage = 0;
                Problems.report(
                        counters,
                        sink,
                        DecodeProblem.BAD_CHECKSUM,
                        1,
                        "ANT message 0x" + Integer.toHexString(pending[start + 2] & 0xFF) + " with a bad checksum");
                start++;
                continue;
            }
            flushGarbage(garbage);
            garbage = 0;
            handler.message(pending[start + 2] & 0xFF, pending, start + 3, dataLength);
            start += total;
        }
        flushGarbage(garbage);
        System.arraycopy(pending, start, pending, 0, size - start);
        size -= start;
    }

    private void flushGarbage(int bytes) {
        if (bytes > 0) {
            Problems.report(counters, sink, DecodeProblem.GARBAGE, bytes, bytes + " bytes outside ANT messages");
        }
    }
}
