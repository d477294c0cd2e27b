package org.steadyhand.device.serial;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.WorkerThreads;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecodeSink;
import org.steadyhand.device.serial.protocol.DecoderCounters;
import org.steadyhand.device.serial.protocol.SerialDecoder;
import org.steadyhand.device.serial.protocol.SerialProtocol;

/**
 * A captured serial log played as a source: the RX bytes go through the protocol's decoder at
 * their recorded times from the start (realtime) or as fast as they decode (fast), exactly as the
 * live serial source would have decoded them; TX lines (what the host sent) are skipped. Ends
 * with {@link SourceEvent.Detached} ("end of capture").
 *
 * <p>Threading: one daemon thread; {@link #stop} waits for it, so nothing is delivered after it
 * returns.
 */
final class SerialReplaySource implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(SerialReplaySource.class);

    private final String spec;
    private final SerialProtocol protocol;
    private final CaptureLog log;
    private final boolean realtime;
    private final SessionClock clock;
    private volatile boolean running;
    private volatile DecoderCounters counters;
    private Thread worker; // guarded by this

    SerialReplaySource(String spec, SerialProtocol protocol, CaptureLog log, boolean realtime, SessionClock clock) {
        this.spec = spec;
        this.protocol = protocol;
        this.log = log;
        this.realtime = realtime;
        this.clock = clock;
    }

    @Override
    public String spec() {
        return spec;
    }

    /** The decoder's counts so far (empty counts before start). */
    DecoderCounters.Snapshot counts() {
        DecoderCounters current = counters;
        return current == null ? new DecoderCounters().snapshot() : current.snapshot();
    }

    @Override
    public synchronized void start(SourceListener listener) {
        if (worker != null) {
            throw new IllegalStateException("serial replay " + spec + " can be started only once");
        }
        running = true;
        long startNanos = clock.nowNanos();
        worker = Thread.ofPlatform().daemon().name("serial-replay").unstarted(() -> run(listener, startNanos));
        worker.start();
    }

    private void run(SourceListener listener, long startNanos) {
        SourceListener guarded = event -> {
            if (running) {
                listener.sourceEventReceived(event);
            }
        };
        List<Channel> channels = protocol.channels();
        guarded.sourceEventReceived(new SourceEvent.Attached(
                spec, "replay of " + log.path().getFileName() + " through " + protocol.name(), channels));
        ReadingBatcher batcher = new ReadingBatcher(spec, channels, guarded::sourceEventReceived);
        SerialDecoder decoder = protocol.newDecoder(new DecodeSink() {
            @Override
            public void reading(long timeNanos, double[] values) {
                batcher.add(timeNanos, values, realtime ? clock.nowNanos() : timeNanos);
            }

            @Override
            public void event(TimedEvent event) {
                guarded.sourceEventReceived(new SourceEvent.EventReceived(spec, event));
            }

            @Override
            public void problem(DecodeProblem kind, String detail) {
                LOG.debug("{}: dropped input ({}): {}", spec, kind, detail);
            }
        });
        counters = decoder.counters();
        List<CaptureLog.Transfer> received = log.received();
        double first = received.isEmpty() ? 0 : received.get(0).seconds();
        for (CaptureLog.Transfer transfer : received) {
            if (!running) {
                return;
            }
            long due = startNanos + Math.round((transfer.seconds() - first) * 1e9);
            while (realtime && running && clock.nowNanos() < due) {
                LockSupport.parkNanos(this, due - clock.nowNanos());
            }
            decoder.accept(transfer.bytes(), 0, transfer.bytes().length, due);
            batcher.flushIfDue(realtime ? clock.nowNanos() : due);
        }
        batcher.flush();
        LOG.info(
                "{}: replayed {} transfers: {}",
                spec,
                received.size(),
                decoder.counters().snapshot());
        guarded.sourceEventReceived(new SourceEvent.Detached(spec, "end of capture"));
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = worker;
        }
        if (thread != null) {
            LockSupport.unpark(thread);
        }
        WorkerThreads.awaitEnd(thread);
    }
}
