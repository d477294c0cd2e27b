package org.steadyhand.device.serial.protocol;

import java.util.ArrayList;
import java.util.List;
import org.steadyhand.core.TimedEvent;

/** A {@link DecodeSink} that keeps copies of everything it is given, for assertions. */
public final class RecordingSink implements DecodeSink {
    /** One reading: its time and a copy of its values. */
    public record Reading(long timeNanos, double[] values) {}

    /** One reported problem. */
    public record Problem(DecodeProblem kind, String detail) {}

    private final List<Reading> readings = new ArrayList<>();
    private final List<TimedEvent> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void reading(long timeNanos, double[] values) {
        readings.add(new Reading(timeNanos, values.clone()));
    }

    @Override
    public void event(TimedEvent event) {
        events.add(event);
    }

    @Override
    public void problem(DecodeProblem kind, String detail) {
        problems.add(new Problem(kind, detail));
    }

    public List<Reading> readings() {
        return readings;
    }

    public List<TimedEvent> events() {
        return events;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The values of channel {@code index} of every reading, in order. */
    public double[] channel(int index) {
        return readings.stream().mapToDouble(r -> r.values()[index]).toArray();
    }

    /** The times of every reading, in order. */
    public long[] times() {
        return readings.stream().mapToLong(Reading::timeNanos).toArray();
    }

    /** A sink that keeps only the last reading and event, for streams too long to record. */
    public static final class Counting implements DecodeSink {
        public long lastTimeNanos = -1;
        public double[] lastValues = new double[0];
        public TimedEvent lastEvent;

        @Override
        public void reading(long timeNanos, double[] values) {
            lastTimeNanos = timeNanos;
            lastValues = values.clone();
        }

        @Override
        public void event(TimedEvent event) {
            lastTimeNanos = event.atNanos();
            lastEvent = event;
        }

        @Override
        public void problem(DecodeProblem kind, String detail) {
            if (kind == null || detail.isEmpty()) {
                throw new AssertionError("a problem needs a kind and a detail");
            }
        }
    }
}
