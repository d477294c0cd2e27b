package org.steadyhand.device.serial;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.Channel;
import org.steadyhand.core.DataGap;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecodeSink;
import org.steadyhand.device.serial.protocol.PollCommand;
import org.steadyhand.device.serial.protocol.SerialDecoder;
import org.steadyhand.device.serial.protocol.SerialProtocol;
import org.steadyhand.device.serial.protocol.SerialSettings;
import org.steadyhand.device.serial.protocol.StartCommand;

/**
 * A serial instrument as a {@link SampleSource}: reads its port, decodes the bytes with its
 * protocol, batches readings into per-channel blocks (see {@link ReadingBatcher}) and forwards
 * decoded events; polls instruments that must be asked.
 *
 * <p>Hot-plug: when the port goes away it emits {@link SourceEvent.Detached} and tries to open the
 * same name or path again, waiting {@value #FIRST_RETRY_MILLIS} ms, doubling to {@value
 * #MAX_RETRY_MILLIS} ms, so a replug is picked up within about a second. After a reconnect it emits
 * a {@link DataGap} (reason {@code "disconnected"}) from the last sample before the unplug to the
 * first after (for a protocol without channels: from the unplug to the reconnect). If the port is
 * there but refuses to open {@value #GIVE_UP_AFTER_REFUSALS} times in a row (permission, busy) it
 * emits {@link SourceEvent.Failed} and stops.
 *
 * <p>Protocols that need set-up ({@link SerialProtocol#startCommands}) get their start commands
 * after every connect and reconnect, before the first read; replies reach the decoder as data.
 *
 * <p>Threading: events are delivered on one platform thread owned by this source ({@code
 * serial-PORT}); the poll writer, if any, runs on a second one. {@link #stop} joins both, so
 * nothing is delivered after it returns. {@link #status()} may be called from any thread.
 */
public final class SerialSource implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(SerialSource.class);
    static final long FIRST_RETRY_MILLIS = 100;
    static final long MAX_RETRY_MILLIS = 1000;
    static final int GIVE_UP_AFTER_REFUSALS = 20;
    /** After this much silence the port's presence is checked, for drivers whose reads never fail. */
    private static final long SILENCE_CHECK_NANOS = 1_000_000_000L;

    private final String spec;
    private final SerialProtocol protocol;
    private final String port;
    private final SerialSettings settings;
    private final List<Channel> channels;
    private final SessionClock clock;
    private final List<StartCommand> startCommands;
    private volatile boolean running;
    private volatile SerialLink link;
    private boolean started; // guarded by this
    private Thread reader; // guarded by this
    private ScheduledExecutorService poller; // guarded by this
    private final SerialSourceStatus.Totals totals = SerialSourceStatus.totals(); // guarded by this
    private SerialDecoder decoder; // guarded by this
    private long connections; // guarded by this
    private long bytesRead; // guarded by this
    private ReadingBatcher batcher; // written in start(), then used by the reader thread
    /** Start of the gap still open after a reconnect (no sample since); reader thread only. */
    private OptionalLong gapFromNanos = OptionalLong.empty();

    /**
     * @param channels the protocol's channels as this source names them (after renames), in the
     *     protocol's order
     */
    SerialSource(
            String spec,
            SerialProtocol protocol,
            String port,
            SerialSettings settings,
            List<Channel> channels,
            SessionClock clock) {
        this(spec, protocol, port, settings, channels, clock, List.of());
    }

    /**
     * @param startCommands sent in order after every (re)connect, before reading (e.g. an ANT
     *     stick's channel set-up); may hold secrets, so never logged
     */
    SerialSource(
            String spec,
            SerialProtocol protocol,
            String port,
            SerialSettings settings,
            List<Channel> channels,
            SessionClock clock,
            List<StartCommand> startCommands) {
        if (channels.size() != protocol.channels().size()) {
            throw new IllegalArgumentException("protocol " + protocol.name() + " has "
                    + protocol.channels().size() + " channels, got " + channels.size());
        }
        this.spec = spec;
        this.protocol = protocol;
        this.port = port;
        this.settings = settings;
        this.channels = List.copyOf(channels);
        this.clock = clock;
        this.startCommands = List.copyOf(startCommands);
    }

    @Override
    public String spec() {
        return spec;
    }

    /** The channels this source delivers, after renames. */
    public List<Channel> channels() {
        return channels;
    }

    /**
     * Opens the port and starts reading on the source's thread.
     *
     * @throws DeviceException if the port is not there or cannot be opened
     */
    @Override
    public synchronized void start(SourceListener listener) throws DeviceException {
        if (started) {
            throw new IllegalStateException("serial source " + spec + " can be started only once");
        }
        started = true;
        SerialLink first = SerialLink.open(port, settings);
        running = true;
        batcher = new ReadingBatcher(spec, channels, event -> deliver(listener, event));
        reader = Thread.ofPlatform().daemon().name("serial-" + port).unstarted(() -> run(listener, first));
        reader.start();
        Optional<PollCommand> poll = protocol.poll();
        if (poll.isPresent()) {
            byte[] request = poll.get().bytes();
            poller = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("serial-poll-" + port).factory());
            poller.scheduleAtFixedRate(() -> sendPoll(request), 0, poll.get().periodNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Counts since start, over all connections. */
    public synchronized SerialSourceStatus status() {
        return totals.status(
                link != null,
                connections,
                bytesRead,
                decoder == null ? null : decoder.counters().snapshot(),
                batcher == null ? 0 : batcher.retimed());
    }

    @Override
    public void stop() {
        Thread thread;
        ScheduledExecutorService writer;
        synchronized (this) {
            running = false;
            started = true;
            thread = reader;
            writer = poller;
        }
        if (writer != null) {
            writer.shutdownNow();
        }
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            LockSupport.unpark(thread);
            try {
                // The reader notices within one read timeout and closes the port itself.
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: "nothing delivered after stop" must hold
            }
        }
        if (writer != null) {
            try {
                writer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(SourceListener listener, SerialLink first) {
        SerialLink current = first;
        try {
            while (current != null && running) {
                attach(listener, current);
                String lostBecause = readUntilLost(listener, current);
                if (gapFromNanos.isEmpty()) {
                    gapFromNanos = OptionalLong.of(batcher.lastTimeNanos().orElse(clock.nowNanos()));
                }
                detach(current);
                if (!running) {
                    break;
                }
                LOG.info("{}: {}", spec, lostBecause);
                deliver(listener, new SourceEvent.Detached(spec, lostBecause));
                current = reopen(listener);
                if (current != null && channels.isEmpty()) {
                    // No samples will mark the end of the gap: the reconnect does.
                    deliver(listener, gapEvent(gapFromNanos.getAsLong(), clock.nowNanos()));
                    gapFromNanos = OptionalLong.empty();
                }
            }
        } catch (RuntimeException e) {
            LOG.error("serial source {} stopped after an internal error", spec, e);
            deliver(
                    listener,
                    new SourceEvent.Failed(spec, "reading " + port + " stopped after an internal error: " + e));
        } finally {
            SerialLink open = link;
            if (open != null) {
                detach(open);
            }
        }
    }

    private synchronized void attach(SourceListener listener, SerialLink opened) {
        link = opened;
        connections++;
        if (decoder != null) {
            totals.add(decoder.counters().snapshot());
            decoder = null;
        }
        String description =
                protocol.name() + " on " + port + " (" + opened.deviceDescription() + ", " + describe(settings) + ")";
        LOG.info("{}: attached {}", spec, description);
        deliver(listener, new SourceEvent.Attached(spec, description, channels));
    }

    private synchronized void detach(SerialLink opened) {
        opened.close();
        link = null;
    }

    private String readUntilLost(SourceListener listener, SerialLink opened) {
        Sink sink = new Sink(listener);
        SerialDecoder connectionDecoder = protocol.newDecoder(sink);
        synchronized (this) {
            decoder = connectionDecoder;
        }
        byte[] buffer = new byte[4096];
        long lastDataAt = clock.nowNanos();
        try {
            sendStartCommands(opened);
            while (running) {
                int n = opened.read(buffer);
                long now = clock.nowNanos();
                if (n > 0) {
                    synchronized (this) {
                        bytesRead += n;
                    }
                    lastDataAt = now;
                    connectionDecoder.accept(buffer, 0, n, now);
                } else if (now - lastDataAt > SILENCE_CHECK_NANOS) {
                    lastDataAt = now;
                    if (!SerialPorts.present(port)) {
                        return "serial port " + port + " disappeared (unplugged?)";
                    }
                }
                batcher.flushIfDue(clock.nowNanos());
            }
            return "stopped";
        } catch (DeviceException e) {
            return e.getMessage();
        } finally {
            batcher.flush();
        }
    }

    /** Waits for the port to come back and opens it; empty if stopped or given up. */
    private SerialLink reopen(SourceListener listener) {
        long delayNanos = TimeUnit.MILLISECONDS.toNanos(FIRST_RETRY_MILLIS);
        int refusals = 0;
        while (running) {
            long wakeAt = System.nanoTime() + delayNanos;
            for (long left = delayNanos; running && left > 0; left = wakeAt - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
            delayNanos = Math.min(2 * delayNanos, TimeUnit.MILLISECONDS.toNanos(MAX_RETRY_MILLIS));
            if (!running || !SerialPorts.present(port)) {
                continue;
            }
            try {
                return SerialLink.open(port, settings);
            } catch (DeviceException e) {
                refusals++;
                LOG.debug(
                        "{}: reopening failed ({} of {}): {}", spec, refusals, GIVE_UP_AFTER_REFUSALS, e.getMessage());
                if (refusals >= GIVE_UP_AFTER_REFUSALS) {
                    deliver(listener, new SourceEvent.Failed(spec, e.getMessage()));
                    return null;
                }
            }
        }
        return null;
    }

    /** Sends the protocol's set-up; its replies are read and checked by the decoder like any data. */
    private void sendStartCommands(SerialLink opened) throws DeviceException {
        for (StartCommand command : startCommands) {
            if (!running) {
                return;
            }
            opened.write(command.bytes());
            LOG.debug("{}: sent start command '{}'", spec, command.label());
            long wakeAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(command.waitAfterMillis());
            for (long left = wakeAt - System.nanoTime(); running && left > 0; left = wakeAt - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
        }
    }

    private void sendPoll(byte[] request) {
        SerialLink current = link;
        if (current == null || !running) {
            return;
        }
        try {
            current.write(request);
        } catch (DeviceException e) {
            // The reader sees the same failure on its next read and handles the disconnect.
            LOG.debug("{}: poll not sent: {}", spec, e.getMessage());
        }
    }

    private SourceEvent gapEvent(long fromNanos, long toNanos) {
        return new SourceEvent.EventReceived(
                spec, new DataGap(fromNanos, Math.max(fromNanos, toNanos), spec, "disconnected"));
    }

    private void deliver(SourceListener listener, SourceEvent event) {
        if (running) {
            listener.sourceEventReceived(event);
        }
    }

    static String describe(SerialSettings s) {
        char parity = s.parity().name().charAt(0);
        return s.baud() + " " + s.dataBits() + parity + s.stopBits();
    }

    /** Receives one connection's decoded data on the reader thread. */
    private final class Sink implements DecodeSink {
        private final SourceListener listener;

        Sink(SourceListener listener) {
            this.listener = listener;
        }

        @Override
        public void reading(long timeNanos, double[] values) {
            if (gapFromNanos.isPresent()) {
                // The gap ends at the first sample after the reconnect; the samples before go first.
                batcher.flush();
                long from = gapFromNanos.getAsLong();
                deliver(listener, gapEvent(from, Math.max(timeNanos, from + 1)));
                gapFromNanos = OptionalLong.empty();
            }
            batcher.add(timeNanos, values, clock.nowNanos());
        }

        @Override
        public void event(TimedEvent event) {
            deliver(listener, new SourceEvent.EventReceived(spec, event));
        }

        @Override
        public void problem(DecodeProblem kind, String detail) {
            LOG.debug("{}: dropped input ({}): {}", spec, kind, detail);
        }
    }
}
