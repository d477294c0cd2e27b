package org.steadyhand.ui.devices;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;

/**
 * Collects what an opened source reports for the Devices screen: its status, how many readings and
 * status problems (detaches, failures) it had, and per channel the newest value and the last second
 * of values. The source's thread writes, the screen's refresh reads {@link #snapshot}; every method
 * is synchronized and cheap, so the source's thread is never held up for long.
 */
final class SourcePreview implements SourceListener {
    /** How much of each channel is kept for calibration: 1 s, i.e. 1000 samples of a 1 kHz sensor. */
    static final long WINDOW_NANOS = 1_000_000_000L;
    /** Cap on kept samples per channel whatever the rate, so a fast source cannot grow memory. */
    static final int MAX_WINDOW_SAMPLES = 4096;

    private final Map<String, ChannelWindow> channels = new LinkedHashMap<>();
    private SourceStatus status = new SourceStatus(SourceStatus.State.OPENING, "");
    private String description = "";
    private long readings;
    private long statusProblems;

    /** What the preview held at one moment. */
    record Snapshot(
            SourceStatus status,
            String description,
            long readings,
            long statusProblems,
            List<ChannelSnapshot> channels) {
        Snapshot {
            channels = List.copyOf(channels);
        }
    }

    @Override
    public synchronized void sourceEventReceived(SourceEvent event) {
        switch (event) {
            case SourceEvent.Attached attached -> {
                status = new SourceStatus(SourceStatus.State.ATTACHED, attached.description());
                description = attached.description();
                for (Channel channel : attached.channels()) {
                    channels.computeIfAbsent(channel.name(), name -> new ChannelWindow(channel));
                }
            }
            case SourceEvent.Detached detached -> {
                status = new SourceStatus(SourceStatus.State.DETACHED, detached.reason());
                statusProblems++;
            }
            case SourceEvent.Failed failed -> {
                status = new SourceStatus(SourceStatus.State.FAILED, failed.message());
                statusProblems++;
            }
            case SourceEvent.BlockReceived received -> {
                SampleBlock block = received.block();
                readings += block.size();
                channels.computeIfAbsent(block.channel().name(), name -> new ChannelWindow(block.channel()))
                        .add(block);
            }
            case SourceEvent.EventReceived ignored -> {
                // Shots and beats are not channel values; the rig screen shows them.
            }
        }
    }

    /** Marks the source as failed to start (it never reported anything). */
    synchronized void failedToStart(String message) {
        status = new SourceStatus(SourceStatus.State.FAILED, message);
        statusProblems++;
    }

    synchronized Snapshot snapshot() {
        List<ChannelSnapshot> shown = new ArrayList<>();
        for (ChannelWindow window : channels.values()) {
            shown.add(window.snapshot());
        }
        return new Snapshot(status, description, readings, statusProblems, shown);
    }

    /** The last second of one channel; guarded by the preview's lock. */
    private static final class ChannelWindow {
        private final Channel channel;
        private final ArrayDeque<long[]> times = new ArrayDeque<>();
        private final ArrayDeque<Double> values = new ArrayDeque<>();
        private Optional<Double> latest = Optional.empty();

        ChannelWindow(Channel channel) {
            this.channel = channel;
        }

        void add(SampleBlock block) {
            long[] blockTimes = block.timesNanos();
            double[] blockValues = block.values();
            for (int i = 0; i < block.size(); i++) {
                times.addLast(new long[] {blockTimes[i]});
                values.addLast(blockValues[i]);
            }
            latest = Optional.of(block.latestValue());
            long newest = block.lastNanos();
            while (!times.isEmpty()
                    && (times.size() > MAX_WINDOW_SAMPLES || newest - times.peekFirst()[0] > WINDOW_NANOS)) {
                times.removeFirst();
                values.removeFirst();
            }
        }

        ChannelSnapshot snapshot() {
            double[] recent = values.stream().mapToDouble(Double::doubleValue).toArray();
            return new ChannelSnapshot(channel, latest, recent);
        }
    }
}
