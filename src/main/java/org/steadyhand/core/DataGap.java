package org.steadyhand.core;

/**
 * A span in which a source delivered no data, e.g. while a device was unplugged. Recording it keeps
 * analyses from treating the gap as a still hand or zero force.
 *
 * @param atNanos start of the gap (session nanoseconds)
 * @param endNanos end of the gap, &gt;= start
 * @param source the source that went quiet, as its spec text
 * @param reason plain-language reason
 */
public record DataGap(long atNanos, long endNanos, String source, String reason) implements TimedEvent {
    public DataGap {
        if (endNanos < atNanos) {
            throw new IllegalArgumentException("gap ends before it starts: " + atNanos + " > " + endNanos);
        }
    }

    @Override
    public String kind() {
        return "gap";
    }

    @Override
    public DataGap shiftedBy(long deltaNanos) {
        return new DataGap(atNanos + deltaNanos, endNanos + deltaNanos, source, reason);
    }
}
