package org.steadyhand.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/**
 * The benchmark's source: {@code channelCount} 1 kHz channels of random-walk values, published as
 * fast as the pipeline takes them, so the benchmark measures storage rather than signal synthesis.
 * Values are precomputed per channel and reused; times advance so every block is new data.
 */
final class BurstSource implements SampleSource {
    private static final long PERIOD_NANOS = 1_000_000;

    private final int channelCount;
    private final int blockSamples;
    private final AtomicLong published = new AtomicLong();
    /** Held until the benchmark's recording is subscribed, so every published sample must be stored. */
    private final CountDownLatch released = new CountDownLatch(1);

    private volatile boolean running;
    private Thread thread;

    private SessionClock clock;

    BurstSource(int channelCount, int blockSamples) {
        this.channelCount = channelCount;
        this.blockSamples = blockSamples;
    }

    @Override
    public String spec() {
        return "bench:" + channelCount + "x1kHz";
    }

    @Override
    public void start(SourceListener listener) {
        List<Channel> channels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int c = 0; c < channelCount; c++) {
            channels.add(new Channel("bench_" + c, Unit.MILLIMETRE, 1000));
            double[] walk = new double[blockSamples];
            double v = 0;
            for (int i = 0; i < blockSamples; i++) {
                v += random.nextGaussian() * 0.01;
                walk[i] = v;
            }
            values.add(walk);
        }
        listener.sourceEventReceived(new SourceEvent.Attached(spec(), "benchmark burst source", channels));
        running = true;
        thread = Thread.ofPlatform().name("bench-source").daemon().start(() -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                return;
            }
            if (!running) {
                return; // stopped before the benchmark began
            }
            // Start at the rig's "now": the recording keeps everything from its start on.
            long first = clock.nowNanos();
            while (running) {
                for (int c = 0; c < channelCount; c++) {
                    SampleBlock block = SampleBlock.regular(channels.get(c), first, PERIOD_NANOS, values.get(c));
                    listener.sourceEventReceived(new SourceEvent.BlockReceived(spec(), block));
                }
                published.addAndGet((long) channelCount * blockSamples);
                first += blockSamples * PERIOD_NANOS;
            }
        });
    }

    /** Starts publishing (the recording is listening now). */
    void release(SessionClock rigClock) {
        this.clock = rigClock;
        released.countDown();
    }

    long publishedSamples() {
        return published.get();
    }

    @Override
    public void stop() {
        running = false;
        released.countDown();
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
