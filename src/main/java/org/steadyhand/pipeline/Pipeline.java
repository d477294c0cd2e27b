package org.steadyhand.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/**
 * Fans the events of all running sources out to the recorder, the analysers and the UI. Each
 * subscriber has its own bounded buffer and thread; {@link #publish} only copies a reference into
 * each buffer, so a source's thread is never held up by a slow display. See {@link DeliveryPolicy}
 * for what happens when a buffer is full.
 *
 * <p>A source's latest status ({@link SourceEvent.Attached}, {@link SourceEvent.Detached},
 * {@link SourceEvent.Failed}) is remembered and handed to every new subscriber first, so a display
 * or recording that subscribes after the sources started still learns what they are and whether
 * they are connected.
 *
 * <p>Thread-safe: sources publish from their own threads; subscribers come and go at any time.
 * Status events and subscribing share a lock (both are rare) so no subscriber misses or doubles a
 * status; data events take no lock.
 */
public final class Pipeline implements SourceListener {
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, SourceEvent> latestStatus = new LinkedHashMap<>();
    private final Object statusLock = new Object();

    /**
     * Adds a consumer. Its {@code consumer} runs on a dedicated thread named after it.
     *
     * @param capacity buffer size in events (a 1 kHz channel in 10 ms blocks makes 100 events/s)
     */
    public Subscription subscribe(String name, DeliveryPolicy policy, int capacity, Consumer<SourceEvent> consumer) {
        Subscription[] holder = new Subscription[1];
        Subscription subscription =
                new Subscription(name, policy, capacity, consumer, () -> subscriptions.remove(holder[0]));
        holder[0] = subscription;
        synchronized (statusLock) {
            latestStatus.values().forEach(subscription::offer);
            subscriptions.add(subscription);
        }
        return subscription;
    }

    /** Hands an event to every subscriber; called on the source's thread. */
    public void publish(SourceEvent event) {
        if (event instanceof SourceEvent.BlockReceived || event instanceof SourceEvent.EventReceived) {
            offerToAll(event);
            return;
        }
        synchronized (statusLock) {
            latestStatus.put(event.source(), event);
            offerToAll(event);
        }
    }

    private void offerToAll(SourceEvent event) {
        for (Subscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    @Override
    public void sourceEventReceived(SourceEvent event) {
        publish(event);
    }

    /** Current subscribers, for status displays. */
    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }
}
