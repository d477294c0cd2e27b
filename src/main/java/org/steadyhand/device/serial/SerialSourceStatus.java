package org.steadyhand.device.serial;

import java.util.EnumMap;
import java.util.Map;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecoderCounters;

/**
 * What a serial source has seen since it started, over all its connections, for the status line and
 * the log.
 *
 * @param attached whether the port is open now
 * @param connections how many times the port was opened (1 + reconnects)
 * @param reconnects how many times it was opened again after a disconnect
 * @param bytes bytes read from the port
 * @param readings readings decoded (one per instant, all channels)
 * @param events events decoded (shots)
 * @param problems dropped input per kind, summed over connections; kinds never seen are absent
 * @param retimed readings moved 1 ns later to keep sample times increasing
 */
public record SerialSourceStatus(
        boolean attached,
        long connections,
        long reconnects,
        long bytes,
        long readings,
        long events,
        Map<DecodeProblem, Long> problems,
        long retimed) {
    public SerialSourceStatus {
        problems = Map.copyOf(problems);
    }

    /** How often {@code kind} was dropped. */
    public long problem(DecodeProblem kind) {
        return problems.getOrDefault(kind, 0L);
    }

    /** Decoder counts of past connections plus the current one. */
    static Totals totals() {
        return new Totals();
    }

    /** Running sums of the counters of finished connections. Guarded by the owning source. */
    static final class Totals {
        private long bytes;
        private long readings;
        private long events;
        private final EnumMap<DecodeProblem, Long> problems = new EnumMap<>(DecodeProblem.class);

        void add(DecoderCounters.Snapshot s) {
            bytes += s.bytes();
            readings += s.readings();
            events += s.events();
            s.problems().forEach((kind, n) -> problems.merge(kind, n, Long::sum));
        }

        SerialSourceStatus status(
                boolean attached, long connections, long bytesRead, DecoderCounters.Snapshot current, long retimed) {
            Totals sum = new Totals();
            sum.bytes = bytes;
            sum.readings = readings;
            sum.events = events;
            sum.problems.putAll(problems);
            if (current != null) {
                sum.add(current);
            }
            return new SerialSourceStatus(
                    attached,
                    connections,
                    Math.max(0, connections - 1),
                    bytesRead,
                    sum.readings,
                    sum.events,
                    sum.problems,
                    retimed);
        }
    }
}
