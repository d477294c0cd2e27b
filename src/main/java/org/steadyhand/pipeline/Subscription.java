package org.steadyhand.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.device.SourceEvent;

/**
 * One consumer of the pipeline with its own bounded buffer and its own delivery thread, so a slow
 * consumer only ever slows itself (or, for {@link DeliveryPolicy#LOSSLESS}, eventually the
 * publisher). Counters are safe to read from any thread.
 */
public final class Subscription implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    private static final SourceEvent END = new SourceEvent.Detached("", "end of subscription");

    private final String name;
    private final DeliveryPolicy policy;
    private final BlockingQueue<SourceEvent> buffer;
    private final Consumer<SourceEvent> consumer;
    private final Runnable onClosed;
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong publisherWaits = new AtomicLong();
    private final AtomicLong consumerFailures = new AtomicLong();
    private volatile boolean closing;

    Subscription(String name, DeliveryPolicy policy, int capacity, Consumer<SourceEvent> consumer, Runnable onClosed) {
        if (capacity < 1) {
            throw new IllegalArgumentException("'capacity' of subscription " + name + " must be >= 1, got " + capacity);
        }
        this.name = name;
        this.policy = policy;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.consumer = consumer;
        this.onClosed = onClosed;
        this.thread = Thread.ofPlatform().name("pipeline-" + name).daemon().unstarted(this::deliverLoop);
        thread.start();
    }

    /** Called on the publisher's thread. */
    void offer(SourceEvent event) {
        if (closing) {
            return;
        }
        if (buffer.offer(event)) {
            return;
        }
        if (policy == DeliveryPolicy.DROP_NEWEST) {
            dropped.incrementAndGet();
            return;
        }
        publisherWaits.incrementAndGet();
        try {
            buffer.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for lossless subscriber '" + name + "'", e);
        }
    }

    private void deliverLoop() {
        try {
            while (true) {
                SourceEvent event = buffer.take();
                if (event == END) {
                    return;
                }
                try {
                    consumer.accept(event);
                    delivered.incrementAndGet();
                } catch (RuntimeException e) {
                    // A consumer bug must not stop delivery to it (or block a lossless publisher).
                    if (consumerFailures.getAndIncrement() == 0) {
                        LOG.error("subscriber '{}' failed on {}; counting further failures", name, event, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Delivers everything already buffered, then stops the delivery thread. Waits at most
     * {@code timeoutMillis}; returns whether the buffer was fully drained.
     */
    public boolean drainAndClose(long timeoutMillis) {
        if (closing) {
            return !thread.isAlive();
        }
        closing = true;
        onClosed.run();
        try {
            if (!buffer.offer(END, timeoutMillis, TimeUnit.MILLISECONDS)) {
                thread.interrupt();
                return false;
            }
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean drained = !thread.isAlive();
        if (!drained) {
            thread.interrupt();
        }
        return drained;
    }

    @Override
    public void close() {
        drainAndClose(5_000);
    }

    public String name() {
        return name;
    }

    public DeliveryPolicy policy() {
        return policy;
    }

    public long deliveredCount() {
        return delivered.get();
    }

    /** Items dropped because the buffer was full ({@link DeliveryPolicy#DROP_NEWEST} only). */
    public long droppedCount() {
        return dropped.get();
    }

    /** Times the publisher had to wait for space ({@link DeliveryPolicy#LOSSLESS} only). */
    public long publisherWaitCount() {
        return publisherWaits.get();
    }

    public long consumerFailureCount() {
        return consumerFailures.get();
    }

    public int bufferedCount() {
        return buffer.size();
    }
}
