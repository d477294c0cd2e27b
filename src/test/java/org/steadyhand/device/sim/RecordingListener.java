package org.steadyhand.device.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/**
 * Records what a source delivers, and opens a latch once a number of samples of the first channel
 * has arrived, so tests wait on data rather than on time. Given a clock, it also counts blocks
 * whose samples are stamped later than the clock reads at delivery. Thread-safe.
 */
final class RecordingListener implements SourceListener {
    private final int samplesWanted;
    private final SessionClock clockToCheck;
    private int blocksAheadOfClock;
    private String firstChannel;
    private final CountDownLatch enough = new CountDownLatch(1);
    private final List<SourceEvent> events = new ArrayList<>();
    private final Map<String, List<SampleBlock>> blocks = new LinkedHashMap<>();
    private volatile Thread deliveringThread;
    private long firstChannelSamples;

    RecordingListener(int samplesWanted) {
        this(samplesWanted, null);
    }

    RecordingListener(int samplesWanted, SessionClock clockToCheck) {
        this.samplesWanted = samplesWanted;
        this.clockToCheck = clockToCheck;
    }

    @Override
    public synchronized void sourceEventReceived(SourceEvent event) {
        deliveringThread = Thread.currentThread();
        events.add(event);
        if (event instanceof SourceEvent.BlockReceived received) {
            SampleBlock block = received.block();
            if (clockToCheck != null && block.lastNanos() > clockToCheck.nowNanos()) {
                blocksAheadOfClock++;
            }
            String channel = block.channel().name();
            blocks.computeIfAbsent(channel, k -> new ArrayList<>()).add(block);
            if (firstChannel == null) {
                firstChannel = channel;
            }
            if (channel.equals(firstChannel)) {
                firstChannelSamples += block.size();
                if (firstChannelSamples >= samplesWanted) {
                    enough.countDown();
                }
            }
        }
    }

    /** Waits (up to a generous limit, so a broken source fails the test instead of hanging it). */
    boolean awaitEnough() throws InterruptedException {
        return enough.await(30, TimeUnit.SECONDS);
    }

    synchronized List<SourceEvent> events() {
        return List.copyOf(events);
    }

    synchronized int eventCount() {
        return events.size();
    }

    synchronized List<SampleBlock> blocks(String channel) {
        return List.copyOf(blocks.getOrDefault(channel, List.of()));
    }

    /** The first {@code n} values of a channel, across blocks. */
    synchronized double[] values(String channel, int n) {
        double[] out = new double[n];
        int i = 0;
        for (SampleBlock block : blocks.getOrDefault(channel, List.of())) {
            for (double v : block.values()) {
                if (i == n) {
                    return out;
                }
                out[i++] = v;
            }
        }
        if (i < n) {
            throw new AssertionError("only " + i + " samples of " + channel + ", wanted " + n);
        }
        return out;
    }

    /** The discrete events (RR intervals, shots) up to a session time. */
    synchronized List<TimedEvent> timedEventsUpTo(long nanos) {
        return events.stream()
                .filter(e -> e instanceof SourceEvent.EventReceived)
                .map(e -> ((SourceEvent.EventReceived) e).event())
                .filter(e -> e.atNanos() <= nanos)
                .toList();
    }

    synchronized int blocksAheadOfClock() {
        return blocksAheadOfClock;
    }

    Thread deliveringThread() {
        return deliveringThread;
    }
}
