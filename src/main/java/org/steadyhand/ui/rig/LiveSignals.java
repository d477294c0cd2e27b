package org.steadyhand.ui.rig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.steadyhand.analysis.hrv.RollingHrv;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Shot;
import org.steadyhand.device.SourceEvent;

/**
 * The live state behind the rig screen, built from the pipeline's events: tremor trace and RMS,
 * force, tilt, heart rate, shots and the sources' status.
 *
 * <p>Threading: {@link #accept} runs on the UI's pipeline subscriber thread, {@link #frame} on the
 * display timer; both are synchronised and cheap (no allocation per sample).
 */
final class LiveSignals implements Consumer<SourceEvent> {
    /** Trace length on screen, s: about 30 tremor cycles, and what a trainee can take in at once. */
    static final double TRACE_SECONDS = 3.0;
    /** Trace resolution, points/s: 20 points per cycle of a 10 Hz tremor draw a smooth wave. */
    static final double TRACE_POINTS_PER_SECOND = 200;
    /** RR intervals averaged for the heart rate: about five beats, steady yet quick to follow. */
    static final int RR_AVERAGED = 5;
    /** Biofeedback window: a minute of beats, short enough to follow a breathing exercise. */
    static final long HRV_WINDOW_SECONDS = 60;
    /** Shots kept for the target display; a 10 m series is 60 shots. */
    static final int SHOTS_KEPT = 120;

    private final MotionKind motion;
    private final AxisTremor x = new AxisTremor();
    private final AxisTremor y = new AxisTremor();
    private final PlaneTremor plane = new PlaneTremor(TremorSettings.defaults());
    private final TraceBuffer trace = new TraceBuffer(TRACE_SECONDS, TRACE_POINTS_PER_SECOND);
    private final Deque<Double> rrMillis = new ArrayDeque<>();
    private final RollingHrv heartVariability = new RollingHrv(HRV_WINDOW_SECONDS * 1_000_000_000L);
    private final List<Shot> shots = new ArrayList<>();
    private double latestForce = Double.NaN;
    private double framePeakForce = Double.NaN;
    private double latestTilt = Double.NaN;
    private double aimX = Double.NaN;
    private double aimY = Double.NaN;
    private String sourceStatus;

    LiveSignals(MotionKind motion, String initialStatus) {
        this.motion = motion;
        this.sourceStatus = initialStatus;
    }

    MotionKind motion() {
        return motion;
    }

    @Override
    public synchronized void accept(SourceEvent event) {
        switch (event) {
            case SourceEvent.BlockReceived received -> blockReceived(received.block());
            case SourceEvent.EventReceived received -> {
                if (received.event() instanceof RrInterval rr) {
                    rrMillis.addLast(rr.millis());
                    heartVariability.add(rr.atNanos(), rr.millis());
                    while (rrMillis.size() > RR_AVERAGED) {
                        rrMillis.removeFirst();
                    }
                } else if (received.event() instanceof Shot shot) {
                    shots.add(shot);
                    if (shots.size() > SHOTS_KEPT) {
                        shots.remove(0);
                    }
                }
            }
            case SourceEvent.Attached attached -> sourceStatus = attached.description();
            case SourceEvent.Detached detached -> sourceStatus = "disconnected: " + detached.reason();
            case SourceEvent.Failed failed -> sourceStatus = "failed: " + failed.message();
        }
    }

    private void blockReceived(SampleBlock block) {
        String name = block.channel().name();
        if (name.equals(motion.xChannel()) || name.equals(motion.yChannel())) {
            double factor = motion.factorFrom(block.channel().unit());
            if (Double.isNaN(factor)) {
                return; // not a length; nothing sensible to draw in µm or mm
            }
            boolean isX = name.equals(motion.xChannel());
            (isX ? x : y).accept(block, factor, isX ? trace : null);
            if (motion == MotionKind.TIP) {
                if (isX) {
                    plane.acceptX(block);
                } else {
                    plane.acceptY(block);
                }
            }
        }
        if (name.equals(ChannelNames.AIM_X)) {
            aimX = block.latestValue();
        } else if (name.equals(ChannelNames.AIM_Y)) {
            aimY = block.latestValue();
        } else if (name.equals(ChannelNames.TIP_FORCE)) {
            double peak = Double.isNaN(framePeakForce) ? Double.NEGATIVE_INFINITY : framePeakForce;
            for (double v : block.values()) {
                peak = Math.max(peak, v);
            }
            framePeakForce = peak;
            latestForce = block.latestValue();
        } else if (name.equals(ChannelNames.TILT)) {
            latestTilt = block.latestValue();
        }
    }

    /** Forgets the shots, so the target shows only those of the recording that starts now. */
    synchronized void clearShots() {
        shots.clear();
    }

    /** A snapshot for the screen; starts a new force-peak interval. */
    synchronized LiveFrame frame() {
        double force = Double.isNaN(framePeakForce) ? latestForce : framePeakForce;
        framePeakForce = Double.NaN;
        double meanSquare = x.meanSquare() + y.meanSquare();
        return new LiveFrame(
                motion,
                trace.secondsBeforeNewest(),
                trace.values(),
                optional(Math.sqrt(meanSquare)),
                plane.latest().map(m -> OptionalDouble.of(m.stabilityScore())).orElse(OptionalDouble.empty()),
                plane.latest().map(m -> optional(m.peakHz())).orElse(OptionalDouble.empty()),
                optional(force),
                optional(latestTilt),
                rrMillis.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(60_000.0 / meanRr()),
                heartVariability.current(),
                shots,
                optional(aimX),
                optional(aimY),
                sourceStatus);
    }

    private double meanRr() {
        double sum = 0;
        for (double rr : rrMillis) {
            sum += rr;
        }
        return sum / rrMillis.size();
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
