package org.steadyhand.device.hid;

import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.WorkerThreads;
import org.steadyhand.device.hid.mapping.ReportMapper;

/**
 * Plays a {@link HidRecording} through the same {@link ReportStream} a live device uses. Report k
 * is stamped {@code start + (E-time k − E-time 0)} on the session clock, where start is the
 * clock's reading in {@link #start}. Realtime: each report is sent when its time comes (blocks of
 * one report per channel, as a live tablet delivers them). Fast: as fast as the listener takes
 * them, in blocks of up to {@value #FAST_BLOCK_SAMPLES}. At the end it flushes and reports {@link
 * SourceEvent.Detached} ("end of recording").
 *
 * <p>Threading: one daemon thread; {@link #stop} waits for it, so nothing is delivered after it
 * returns (from the listener itself: nothing after the listener returns).
 */
final class HidReplaySource implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(HidReplaySource.class);
    static final int FAST_BLOCK_SAMPLES = 100;

    private final String spec;
    private final HidRecording recording;
    private final ReportMapper mapper;
    private final boolean realtime;
    private final SessionClock clock;
    private volatile boolean running;
    private Thread worker; // guarded by this

    HidReplaySource(String spec, HidRecording recording, ReportMapper mapper, boolean realtime, SessionClock clock) {
        this.spec = spec;
        this.recording = recording;
        this.mapper = mapper;
        this.realtime = realtime;
        this.clock = clock;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public synchronized void start(SourceListener listener) {
        if (worker != null) {
            throw new IllegalStateException("HID replay " + spec + " can be started only once");
        }
        running = true;
        long startNanos = clock.nowNanos();
        worker = Thread.ofPlatform().daemon().name("hid-replay").unstarted(() -> run(listener, startNanos));
        worker.start();
    }

    private void run(SourceListener listener, long startNanos) {
        SourceListener guarded = event -> {
            if (running) {
                listener.sourceEventReceived(event);
            }
        };
        if (mapper.channels().isEmpty()) {
            guarded.sourceEventReceived(new SourceEvent.Failed(
                    spec,
                    "the recording of '" + recording.name() + "' has no reports Steadyhand can map to channels ("
                            + mapper.description() + ")"));
            return;
        }
        guarded.sourceEventReceived(new SourceEvent.Attached(
                spec, "HID replay of " + recording.name() + ": " + mapper.description(), mapper.channels()));
        ReportStream stream = new ReportStream(spec, mapper, guarded, realtime ? 1 : FAST_BLOCK_SAMPLES);
        long first =
                recording.reports().isEmpty() ? 0 : recording.reports().get(0).timeNanos();
        for (HidRecording.RecordedReport report : recording.reports()) {
            if (!running) {
                return;
            }
            long due = startNanos + (report.timeNanos() - first);
            while (realtime && running && clock.nowNanos() < due) {
                LockSupport.parkNanos(this, due - clock.nowNanos());
            }
            stream.report(due, report.bytes(), report.bytes().length);
        }
        stream.flush();
        LOG.info(
                "{}: replayed {} reports ({} rejected, {} samples dropped)",
                spec,
                recording.reports().size(),
                stream.rejectedReports(),
                stream.droppedSamples());
        guarded.sourceEventReceived(new SourceEvent.Detached(spec, "end of recording"));
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
