package org.steadyhand.device.serial.protocol;

/** Feeds byte streams to decoders in chosen pieces, for the split-anywhere tests. */
final class Feeding {
    private Feeding() {}

    /** Everything in one call at {@code timeNanos}. */
    static RecordingSink whole(SerialProtocol protocol, byte[] bytes, long timeNanos) {
        RecordingSink sink = new RecordingSink();
        SerialDecoder decoder = protocol.newDecoder(sink);
        decoder.accept(bytes, 0, bytes.length, timeNanos);
        return sink;
    }

    /** The bytes in two calls, split before {@code split}, both at {@code timeNanos}; counters returned too. */
    static DecoderCounters.Snapshot split(
            SerialProtocol protocol, byte[] bytes, int split, long timeNanos, RecordingSink sink) {
        SerialDecoder decoder = protocol.newDecoder(sink);
        byte[] padded = new byte[bytes.length + 8]; // offsets other than 0 must work too
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        decoder.accept(padded, 3, split, timeNanos);
        decoder.accept(padded, 3 + split, bytes.length - split, timeNanos);
        return decoder.counters().snapshot();
    }

    /** One byte per call. */
    static DecoderCounters.Snapshot byteByByte(
            SerialProtocol protocol, byte[] bytes, long timeNanos, RecordingSink sink) {
        SerialDecoder decoder = protocol.newDecoder(sink);
        for (int i = 0; i < bytes.length; i++) {
            decoder.accept(bytes, i, 1, timeNanos);
        }
        return decoder.counters().snapshot();
    }
}
