package org.steadyhand.device.serial.protocol;

import java.util.EnumMap;
import java.util.Map;

/**
 * Running counts of what a decoder accepted and dropped. Written by the decoder's thread; {@link
 * #snapshot()} may be called from any thread.
 */
public final class DecoderCounters {
    private long readings;
    private long events;
    private long bytes;
    private final EnumMap<DecodeProblem, Long> problems = new EnumMap<>(DecodeProblem.class);

    public synchronized void countBytes(int n) {
        bytes += n;
    }

    public synchronized void countReading() {
        readings++;
    }

    public synchronized void countEvent() {
        events++;
    }

    public synchronized void countProblem(DecodeProblem kind, long n) {
        problems.merge(kind, n, Long::sum);
    }

    /** An immutable copy of the counts. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(bytes, readings, events, Map.copyOf(problems));
    }

    /**
     * @param problems count per kind; kinds never seen are absent
     */
    public record Snapshot(long bytes, long readings, long events, Map<DecodeProblem, Long> problems) {
        public long problem(DecodeProblem kind) {
            return problems.getOrDefault(kind, 0L);
        }
    }
}
