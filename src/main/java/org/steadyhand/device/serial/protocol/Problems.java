package org.steadyhand.device.serial.protocol;

/** Counts a dropped piece of input and tells the sink, the one way every decoder reports trouble. */
final class Problems {
    private Problems() {}

    static void report(DecoderCounters counters, DecodeSink sink, DecodeProblem kind, long count, String detail) {
        counters.countProblem(kind, count);
        sink.problem(kind, detail);
    }

    /** The bytes of a line as text for a problem message, cut to a readable length. */
    static String excerpt(byte[] bytes, int offset, int length) {
        int shown = Math.min(length, 40);
        StringBuilder text = new StringBuilder(shown + 3);
        for (int i = offset; i < offset + shown; i++) {
            int c = bytes[i] & 0xFF;
            text.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return length > shown ? text.append("...").toString() : text.toString();
    }
}
