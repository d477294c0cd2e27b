package org.steadyhand.session;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.shot.DetectedHole;
import org.steadyhand.analysis.shot.FrameOutcome;
import org.steadyhand.analysis.shot.ShotFrameAnalyzer;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.Shot;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.camera.CameraFrame;
import org.steadyhand.device.camera.FrameListener;
import org.steadyhand.device.camera.FrameSource;

/**
 * Shots from a camera looking at a paper target: every frame goes through a {@link
 * ShotFrameAnalyzer} and each new hole becomes a {@link Shot} event (x right, y up from the centre,
 * mm) stamped with the frame's arrival time. Frames the analysis rejects and data that is not an
 * image produce no shot; they are counted and logged. Camera status becomes {@link
 * SourceEvent.Attached} / {@link SourceEvent.Detached} (with the reason, the camera is retried);
 * an internal error becomes {@link SourceEvent.Failed}.
 *
 * <p>After a reconnect the analyser keeps its reference frame, so holes shot while the camera was
 * away are found in the first frame after it (the analysis compares with the last good frame).
 *
 * <p>Threading: all events are delivered on the frame source's one thread.
 */
public final class CameraShotSource implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(CameraShotSource.class);

    private final String spec;
    private final FrameSource frames;
    private final TargetType face;
    private final ShotFrameAnalyzer analyzer;
    private final AtomicLong rejectedFrames = new AtomicLong();
    private final AtomicLong analysedFrames = new AtomicLong();

    public CameraShotSource(String spec, FrameSource frames, TargetType face) {
        this.spec = spec;
        this.frames = frames;
        this.face = face;
        this.analyzer = new ShotFrameAnalyzer(face);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public void start(SourceListener listener) {
        frames.start(new FrameListener() {
            @Override
            public void connected(String description) {
                listener.sourceEventReceived(
                        new SourceEvent.Attached(spec, description + ", " + face.id() + " target", List.of()));
            }

            @Override
            public void frameReceived(CameraFrame frame) {
                analyse(frame, listener);
            }

            @Override
            public void frameSkipped(String reason) {
                LOG.warn("{}: frame skipped: {}", spec, reason);
            }

            @Override
            public void disconnected(String reason) {
                listener.sourceEventReceived(new SourceEvent.Detached(spec, reason));
            }

            @Override
            public void failed(String message) {
                listener.sourceEventReceived(new SourceEvent.Failed(spec, message));
            }
        });
    }

    private void analyse(CameraFrame frame, SourceListener listener) {
        FrameOutcome outcome;
        try {
            outcome = analyzer.accept(frame.image());
        } catch (RuntimeException e) {
            LOG.error("{}: shot analysis failed", spec, e);
            listener.sourceEventReceived(new SourceEvent.Failed(spec, "shot analysis failed: " + e));
            frames.stop();
            return;
        }
        switch (outcome) {
            case FrameOutcome.Reference r -> LOG.info("{}: target found; reference frame taken", spec);
            case FrameOutcome.Accepted accepted -> {
                for (DetectedHole hole : accepted.holes()) {
                    listener.sourceEventReceived(
                            new SourceEvent.EventReceived(spec, new Shot(frame.timeNanos(), hole.xMm(), hole.yMm())));
                }
            }
            case FrameOutcome.Rejected rejected -> {
                rejectedFrames.incrementAndGet();
                LOG.info("{}: frame not used: {}", spec, rejected.reason());
            }
        }
        analysedFrames.incrementAndGet(); // after the shots, so a count seen includes its shots
    }

    /** Frames that decoded and went through the shot analysis, used or not. */
    public long analysedFrames() {
        return analysedFrames.get();
    }

    /** Frames that arrived but were not images. */
    public long skippedFrames() {
        return frames.skippedFrames();
    }

    /** Frames the shot analysis did not use (no target in view, glare, shake, ...). */
    public long rejectedFrames() {
        return rejectedFrames.get();
    }

    @Override
    public void stop() {
        frames.stop();
    }
}
