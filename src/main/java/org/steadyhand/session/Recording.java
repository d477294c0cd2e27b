package org.steadyhand.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.hrv.StressRiseDetector;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Pause;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.pipeline.DeliveryPolicy;
import org.steadyhand.pipeline.Subscription;

/**
 * One session being recorded from a {@link LiveRig}: a lossless pipeline subscriber that shifts
 * sample and event times to the session start and hands them to the store, plus a timer that
 * commits twice a second so a crash loses at most about a second of data. Every sample from the
 * session's time zero on is kept, however long the store takes to open the session, except those
 * measured while the recording is {@linkplain #pause() paused}: each pause is stored as a {@link
 * Pause} event instead, so review can show it and analyses see only missing samples.
 */
public final class Recording {
    private static final Logger LOG = LoggerFactory.getLogger(Recording.class);
    /** Commit period; half the one-second loss budget of DESIGN.md, leaving room for a slow commit. */
    static final long COMMIT_PERIOD_MILLIS = 500;
    /** Recorder buffer in events: about 10 s of eight 1 kHz channels in 10 ms blocks. */
    private static final int BUFFER_EVENTS = 8192;

    private final SessionId id;
    private final SessionClock sessionClock;
    private final SessionSink sink;
    /** Session time at which a session of fixed length ends; {@link Long#MAX_VALUE} if open-ended. */
    private final long lengthNanos;

    private final Subscription subscription;
    private final PauseSpans pauses;
    private final ScheduledExecutorService committer;
    private volatile boolean finished;

    private Recording(
            SessionId id,
            SessionClock sessionClock,
            SessionSink sink,
            long lengthNanos,
            Subscription subscription,
            PauseSpans pauses) {
        this.id = id;
        this.sessionClock = sessionClock;
        this.sink = sink;
        this.lengthNanos = lengthNanos;
        this.subscription = subscription;
        this.pauses = pauses;
        this.committer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("commit-" + id).daemon().factory());
        committer.scheduleAtFixedRate(this::commit, COMMIT_PERIOD_MILLIS, COMMIT_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts recording a session of {@code moduleId} for {@code traineeName} from the rig's data as
     * of now, until stopped.
     */
    public static Recording start(LiveRig rig, SessionStore store, String traineeName, String settingsJson) {
        return start(rig, store, traineeName, settingsJson, Long.MAX_VALUE);
    }

    /**
     * Starts recording a session of fixed {@code length}, as {@link #start(LiveRig, SessionStore,
     * String, String)} does: samples and device events from {@code length} on are left out, and
     * the session ends there at the latest however late it is stopped.
     */
    public static Recording start(
            LiveRig rig, SessionStore store, String traineeName, String settingsJson, Duration length) {
        return start(rig, store, traineeName, settingsJson, length.toNanos());
    }

    /**
     * Starts recording a session of fixed {@code length} from a rig whose sources are opened but not
     * yet started ({@link LiveRig#prepare}): the recorder subscribes first, then the sources start,
     * then time zero is taken, so even a source faster than real time (a replay at full speed)
     * loses nothing, and the session does not begin with the time the devices took to open.
     *
     * @throws DeviceException if a source cannot start; nothing is stored then
     */
    public static Recording startWithSources(
            LiveRig rig, SessionStore store, String traineeName, String settingsJson, Duration length)
            throws DeviceException {
        SinkGate gate = new SinkGate();
        Subscription subscription = rig.pipeline().subscribe("recorder", DeliveryPolicy.LOSSLESS, BUFFER_EVENTS, gate);
        try {
            rig.start();
        } catch (DeviceException | RuntimeException e) {
            gate.open(event -> {});
            subscription.drainAndClose(5_000);
            throw e;
        }
        return begin(rig, store, traineeName, settingsJson, length.toNanos(), gate, subscription);
    }

    private static Recording start(
            LiveRig rig, SessionStore store, String traineeName, String settingsJson, long lengthNanos) {
        // Subscribe first, before the session's time zero is taken and before the store opens the
        // session: opening can take seconds (when several processes share the data folder it waits
        // while the one serving the database file hands it over), and samples published meanwhile
        // belong to the session but would reach no subscriber. Until the sink exists, the
        // subscription's lossless buffer holds them; those from before time zero are left out.
        SinkGate gate = new SinkGate();
        Subscription subscription = rig.pipeline().subscribe("recorder", DeliveryPolicy.LOSSLESS, BUFFER_EVENTS, gate);
        return begin(rig, store, traineeName, settingsJson, lengthNanos, gate, subscription);
    }

    /** Takes time zero, opens the session in the store and lets the subscribed recorder through. */
    private static Recording begin(
            LiveRig rig,
            SessionStore store,
            String traineeName,
            String settingsJson,
            long lengthNanos,
            SinkGate gate,
            Subscription subscription) {
        long offsetNanos = rig.clock().nowNanos();
        SessionClock sessionClock = rig.clock().shiftedBy(offsetNanos);
        Instant startedAt = sessionClock.wallAtZero();
        SessionId id = SessionId.newId(startedAt.toEpochMilli());
        List<String> sources = rig.sourceSpecs();
        SessionSink sink;
        try {
            sink = store.begin(new SessionStart(id, rig.moduleId(), traineeName, startedAt, sources, settingsJson));
        } catch (RuntimeException e) {
            gate.open(event -> {});
            subscription.drainAndClose(5_000);
            throw e;
        }
        PauseSpans pauses = new PauseSpans();
        gate.open(new SessionTimeShift(offsetNanos, lengthNanos, sessionClock, sink, pauses));
        return new Recording(id, sessionClock, sink, lengthNanos, subscription, pauses);
    }

    public SessionId id() {
        return id;
    }

    public Instant startedAt() {
        return sessionClock.wallAtZero();
    }

    /** Session time now, nanoseconds. */
    public long elapsedNanos() {
        return sessionClock.nowNanos();
    }

    /**
     * Pauses the recording now: samples and events measured from now until {@link #resume()} are
     * not stored. Any thread.
     *
     * @return false if it was already paused or has been stopped
     */
    public boolean pause() {
        return !finished && pauses.begin(sessionClock.nowNanos());
    }

    /**
     * Resumes a paused recording and stores the pause as a {@link Pause} event. Any thread.
     *
     * @return the pause that ended; empty if the recording was not paused
     */
    public Optional<Pause> resume() {
        Optional<Pause> ended = pauses.end(sessionClock.nowNanos());
        ended.ifPresent(sink::eventReceived);
        return ended;
    }

    public boolean isPaused() {
        return pauses.isOpen();
    }

    /** Session time now without the pauses, nanoseconds: the time the module has run. */
    public long activeNanos() {
        long now = sessionClock.nowNanos();
        return now - pauses.pausedNanosUntil(now);
    }

    /**
     * Stores an alert raised by a live monitor at session time now; left out while paused, since
     * nothing of the pause is kept. Any thread.
     *
     * @return the stored alert; empty while paused or after the recording stopped
     */
    public Optional<Alert> alert(String code, String message) {
        long now = sessionClock.nowNanos();
        if (finished || pauses.covers(now)) {
            return Optional.empty();
        }
        Alert alert = new Alert(Math.max(0, now), code, message);
        sink.eventReceived(alert);
        return Optional.of(alert);
    }

    /** Times the sources had to wait for the recorder (storage too slow); 0 in a healthy run. */
    public long recorderStallCount() {
        return subscription.publisherWaitCount();
    }

    private void commit() {
        try {
            sink.flush();
        } catch (RuntimeException e) {
            LOG.error("periodic commit of session {} failed; will retry", id, e);
        }
    }

    /**
     * Stops recording: delivers what the pipeline still holds, commits it and closes the session.
     * Idempotent.
     */
    public synchronized void stop(SessionStatus status, String message) {
        if (finished) {
            return;
        }
        finished = true;
        // The session ends now, when it is stopped (or at its fixed length), not after the storing
        // below: that can wait for seconds (a commit waiting while another process hands over the
        // database file) and would otherwise stretch the stored duration.
        long endNanos = Math.min(sessionClock.nowNanos(), lengthNanos);
        Instant endedAt = sessionClock.instantAt(endNanos);
        boolean drained = subscription.drainAndClose(30_000);
        // A recording stopped while paused: the pause runs to the end and is stored as such.
        pauses.end(endNanos).ifPresent(sink::eventReceived);
        committer.shutdown();
        try {
            committer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SessionStatus finalStatus = drained ? status : SessionStatus.FAILED;
        String finalMessage = drained ? message : "the recorder could not store the last data in time";
        sink.finish(finalStatus, endedAt, finalMessage);
        LOG.info("session {} ended as {}", id, finalStatus.label());
    }

    /**
     * The recorder's pipeline consumer: holds the delivery thread (and so leaves events in the
     * subscription's buffer) until {@link #open} names where they go. Opened once, by the thread
     * starting the recording.
     */
    private static final class SinkGate implements Consumer<SourceEvent> {
        private final CountDownLatch opened = new CountDownLatch(1);
        private volatile Consumer<SourceEvent> target;

        void open(Consumer<SourceEvent> target) {
            this.target = target;
            opened.countDown();
        }

        @Override
        public void accept(SourceEvent event) {
            try {
                opened.await();
            } catch (InterruptedException e) {
                // Only a subscription being closed interrupts its thread; the event is not wanted.
                Thread.currentThread().interrupt();
                return;
            }
            target.accept(event);
        }
    }

    /**
     * Hands pipeline events to the sink with times moved from the rig's clock to the session's;
     * data from before the session start and, for a session of fixed length, from its end on is
     * left out, and source trouble becomes alerts.
     */
    static final class SessionTimeShift implements Consumer<SourceEvent> {
        private final long offsetNanos;
        /** Session time from which samples and device events are left out. */
        private final long endNanos;

        private final SessionClock sessionClock;
        private final SessionSink sink;
        /** Watches the session's heart beats; fed and read on the delivery thread only. */
        private final StressRiseDetector stress = new StressRiseDetector();

        private final PauseSpans pauses;

        SessionTimeShift(long offsetNanos, long endNanos, SessionClock sessionClock, SessionSink sink) {
            this(offsetNanos, endNanos, sessionClock, sink, new PauseSpans());
        }

        SessionTimeShift(
                long offsetNanos, long endNanos, SessionClock sessionClock, SessionSink sink, PauseSpans pauses) {
            this.offsetNanos = offsetNanos;
            this.endNanos = endNanos;
            this.sessionClock = sessionClock;
            this.sink = sink;
            this.pauses = pauses;
        }

        @Override
        public void accept(SourceEvent event) {
            switch (event) {
                case SourceEvent.BlockReceived received ->
                    shifted(received.block()).ifPresent(sink::blockReceived);
                case SourceEvent.EventReceived received -> {
                    long atNanos = received.event().atNanos() - offsetNanos;
                    if (atNanos >= 0 && atNanos < endNanos && !pauses.covers(atNanos)) {
                        TimedEvent shifted = received.event().shiftedBy(-offsetNanos);
                        sink.eventReceived(shifted);
                        if (shifted instanceof RrInterval rr) {
                            stress.beat(rr.atNanos(), rr.millis())
                                    .ifPresent(rise -> sink.eventReceived(stressAlert(rise)));
                        }
                    }
                }
                case SourceEvent.Attached attached -> {}
                case SourceEvent.Detached detached ->
                    sink.eventReceived(new Alert(
                            now(),
                            "SOURCE_DETACHED",
                            "Source " + detached.source() + " was disconnected: " + detached.reason()));
                case SourceEvent.Failed failed ->
                    sink.eventReceived(new Alert(
                            now(), "SOURCE_FAILED", "Source " + failed.source() + " failed: " + failed.message()));
            }
        }

        /** The alert stored with the session when stress rises during the module. */
        static Alert stressAlert(StressRiseDetector.StressRise rise) {
            return new Alert(
                    rise.atNanos(),
                    "STRESS_RISING",
                    String.format(
                            java.util.Locale.ROOT,
                            "Stress is rising: stress index %.0f over the last minute against %.0f over five minutes;"
                                    + " slow your breathing",
                            rise.recentStressIndex(),
                            rise.baselineStressIndex()));
        }

        private long now() {
            return Math.max(0, sessionClock.nowNanos());
        }

        Optional<SampleBlock> shifted(SampleBlock block) {
            long[] times = block.timesNanos();
            int first = 0;
            while (first < times.length && times[first] < offsetNanos) {
                first++;
            }
            int last = first;
            while (last < times.length && times[last] - offsetNanos < endNanos) {
                last++;
            }
            if (first == last) {
                return Optional.empty();
            }
            int n = last - first;
            long[] shiftedTimes = new long[n];
            double[] values = new double[n];
            int kept = 0;
            for (int i = first; i < last; i++) {
                long at = times[i] - offsetNanos;
                if (!pauses.covers(at)) {
                    shiftedTimes[kept] = at;
                    values[kept] = block.values()[i];
                    kept++;
                }
            }
            if (kept == 0) {
                return Optional.empty();
            }
            return Optional.of(new SampleBlock(
                    block.channel(),
                    kept == n ? shiftedTimes : Arrays.copyOf(shiftedTimes, kept),
                    kept == n ? values : Arrays.copyOf(values, kept)));
        }
    }
}
