package org.steadyhand.device.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/** Collects a source's events for assertions; waits for conditions with a deadline. */
final class EventLog implements SourceListener {
    private final List<SourceEvent> events = new ArrayList<>();
    private final List<Long> receivedAtNanos = new ArrayList<>();

    @Override
    public synchronized void sourceEventReceived(SourceEvent event) {
        events.add(event);
        receivedAtNanos.add(System.nanoTime());
        notifyAll();
    }

    synchronized List<SourceEvent> events() {
        return List.copyOf(events);
    }

    /** {@link System#nanoTime()} when the {@code index}th event arrived. */
    synchronized long arrivalNanos(int index) {
        return receivedAtNanos.get(index);
    }

    <T extends SourceEvent> List<T> all(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<SampleBlock> blocks() {
        return all(SourceEvent.BlockReceived.class).stream()
                .map(SourceEvent.BlockReceived::block)
                .toList();
    }

    List<TimedEvent> timedEvents() {
        return all(SourceEvent.EventReceived.class).stream()
                .map(SourceEvent.EventReceived::event)
                .toList();
    }

    /** All sample values in order. */
    double[] values() {
        return blocks().stream()
                .flatMapToDouble(b -> java.util.Arrays.stream(b.values()))
                .toArray();
    }

    long[] times() {
        return blocks().stream()
                .flatMapToLong(b -> java.util.Arrays.stream(b.timesNanos()))
                .toArray();
    }

    int sampleCount() {
        return blocks().stream().mapToInt(SampleBlock::size).sum();
    }

    /**
     * Waits until {@code condition} holds for the events so far.
     *
     * @throws AssertionError if it does not within {@code timeoutMillis}
     */
    synchronized void await(Predicate<List<SourceEvent>> condition, long timeoutMillis, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.test(events)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what + "; events: "
                        + events.stream().map(e -> e.getClass().getSimpleName()).toList());
            }
            wait(left);
        }
    }

    void awaitSamples(int count, long timeoutMillis) throws InterruptedException {
        await(
                evs -> evs.stream()
                                .filter(SourceEvent.BlockReceived.class::isInstance)
                                .mapToInt(e ->
                                        ((SourceEvent.BlockReceived) e).block().size())
                                .sum()
                        >= count,
                timeoutMillis,
                count + " samples");
    }

    <T extends SourceEvent> void awaitCount(Class<T> type, int count, long timeoutMillis) throws InterruptedException {
        await(
                evs -> evs.stream().filter(type::isInstance).count() >= count,
                timeoutMillis,
                count + " " + type.getSimpleName());
    }
}
