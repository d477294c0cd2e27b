package org.steadyhand.device.sim;

import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.WorkerThreads;

/**
 * The simulated rig as a {@link SampleSource}: a simulated trainee doing the session's task, with
 * physiologically plausible instrument, aim and heart signals (see {@link RigModel}), from a seed.
 *
 * <p>Timing: sample k of every 1 kHz channel is stamped {@code startNanos + k * 1 ms}, where
 * {@code startNanos} is the session clock's reading in {@link #start}. At {@link Pace#REALTIME}
 * the rig's thread wakes about every 10 ms and sends every sample whose time has come, so blocks
 * hold about 10 samples; after a stall the backlog follows in blocks of at most {@value
 * #MAX_BLOCK_SAMPLES}. At {@link Pace#FAST} it sends blocks as fast as the listener takes them and
 * the sample times run ahead of the clock. Either way the values depend only on seed, skill, task
 * and sample index, never on when the thread woke.
 *
 * <p>Threading: events are delivered on one daemon platform thread owned by this source. {@link
 * #stop} waits for it, so nothing is delivered after it returns (when called from the listener
 * itself, nothing is delivered after the listener returns).
 */
public final class SimulatedRig implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedRig.class);
    static final long WAKE_PERIOD_NANOS = 10_000_000L;
    static final int MAX_BLOCK_SAMPLES = 100;
    static final int FAST_BLOCK_SAMPLES = 10;

    private final SimSettings settings;
    private final SessionClock clock;
    private final int fastBlockSamples;
    private volatile boolean running;
    private boolean started; // guarded by this
    private Thread worker; // guarded by this

    SimulatedRig(SimSettings settings, SessionClock clock) {
        this(settings, clock, FAST_BLOCK_SAMPLES);
    }

    /** @param fastBlockSamples block length at {@link Pace#FAST}; tests vary it to show it does not matter */
    SimulatedRig(SimSettings settings, SessionClock clock, int fastBlockSamples) {
        if (fastBlockSamples < 1 || fastBlockSamples > MAX_BLOCK_SAMPLES) {
            throw new IllegalArgumentException(
                    "fast block length must be 1.." + MAX_BLOCK_SAMPLES + " samples, got " + fastBlockSamples);
        }
        this.settings = settings;
        this.clock = clock;
        this.fastBlockSamples = fastBlockSamples;
    }

    /** The canonical spec with the seed and skill in use, e.g. {@code sim:8412?skill=novice}. */
    @Override
    public String spec() {
        return settings.spec();
    }

    @Override
    public synchronized void start(SourceListener listener) {
        if (started) {
            throw new IllegalStateException("simulated rig " + spec() + " can be started only once");
        }
        started = true;
        long startNanos = clock.nowNanos();
        running = true;
        worker = Thread.ofPlatform()
                .daemon()
                .name("sim-rig-" + settings.seed())
                .unstarted(() -> run(listener, startNanos));
        worker.start();
        LOG.debug("started {} for task {}", spec(), settings.task());
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            started = true;
            thread = worker;
        }
        if (thread != null) {
            LockSupport.unpark(thread);
        }
        WorkerThreads.awaitEnd(thread);
    }

    private void run(SourceListener listener, long startNanos) {
        try {
            deliver(
                    listener,
                    new SourceEvent.Attached(spec(), settings.description(), RigModel.channelsFor(settings.task())));
            RigModel model = RigModel.create(settings.seed(), settings.skill(), settings.task());
            BlockPacker packer = new BlockPacker(model, spec(), startNanos);
            while (running) {
                long due = settings.pace() == Pace.FAST
                        ? packer.nextSample() + fastBlockSamples
                        : samplesDue(clock.nowNanos(), startNanos);
                while (running && packer.nextSample() < due) {
                    int count = (int) Math.min(MAX_BLOCK_SAMPLES, due - packer.nextSample());
                    packer.emit(count, event -> deliver(listener, event));
                }
                if (settings.pace() == Pace.REALTIME) {
                    sleepUntilNextWake(startNanos);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("simulated rig {} stopped: {}", spec(), e.toString(), e);
            deliver(
                    listener,
                    new SourceEvent.Failed(spec(), "the simulated rig stopped after an internal error: " + e));
        }
        LOG.debug("stopped {}", spec());
    }

    /** Number of samples whose time is at or before {@code nowNanos}. */
    static long samplesDue(long nowNanos, long startNanos) {
        return nowNanos < startNanos ? 0 : (nowNanos - startNanos) / RigModel.SAMPLE_PERIOD_NANOS + 1;
    }

    /** Parks until the next 10 ms mark after the start, or until stopped. */
    private void sleepUntilNextWake(long startNanos) {
        long now = clock.nowNanos();
        long wakes = Math.max(0, now - startNanos) / WAKE_PERIOD_NANOS + 1;
        long target = startNanos + wakes * WAKE_PERIOD_NANOS;
        long remaining;
        while (running && (remaining = target - clock.nowNanos()) > 0) {
            LockSupport.parkNanos(this, remaining);
        }
    }

    private void deliver(SourceListener listener, SourceEvent event) {
        if (running) {
            listener.sourceEventReceived(event);
        }
    }
}
