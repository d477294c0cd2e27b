package org.steadyhand.session;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.steadyhand.core.Shot;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/** Collects a source's events and waits for the ones a test expects. Thread-safe. */
final class SourceEvents implements SourceListener {
    private final List<SourceEvent> events = new ArrayList<>();

    @Override
    public synchronized void sourceEventReceived(SourceEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<SourceEvent> all() {
        return List.copyOf(events);
    }

    synchronized List<Shot> shots() {
        return events.stream()
                .filter(e -> e instanceof SourceEvent.EventReceived r && r.event() instanceof Shot)
                .map(e -> (Shot) ((SourceEvent.EventReceived) e).event())
                .toList();
    }

    /** Waits until {@code count} events match; fails the test after {@code timeout}. */
    synchronized List<SourceEvent> await(Predicate<SourceEvent> match, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SourceEvent> found = events.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return fail("waited " + timeout + " for " + count + " matching events; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    List<Shot> awaitShots(int count) throws InterruptedException {
        await(
                e -> e instanceof SourceEvent.EventReceived r && r.event() instanceof Shot,
                count,
                Duration.ofSeconds(10));
        return shots();
    }

    SourceEvent awaitStatus(Class<? extends SourceEvent> type, int count) throws InterruptedException {
        List<SourceEvent> found = await(type::isInstance, count, Duration.ofSeconds(10));
        return found.get(count - 1);
    }
}
