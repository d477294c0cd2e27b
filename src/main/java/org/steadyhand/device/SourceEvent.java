package org.steadyhand.device;

import java.util.List;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;

/** What a {@link SampleSource} reports: status changes and data. */
public sealed interface SourceEvent {
    /** The spec of the source that emitted the event. */
    String source();

    /** The device is connected and will deliver these channels. */
    record Attached(String source, String description, List<Channel> channels) implements SourceEvent {
        public Attached {
            channels = List.copyOf(channels);
        }
    }

    /** The device went away (unplugged, powered off); the source may attach again. */
    record Detached(String source, String reason) implements SourceEvent {}

    /** The source gave up; it will not produce more data until restarted. */
    record Failed(String source, String message) implements SourceEvent {}

    /** Samples of one channel. */
    record BlockReceived(String source, SampleBlock block) implements SourceEvent {}

    /** A discrete event: RR interval, shot, gap, ... */
    record EventReceived(String source, TimedEvent event) implements SourceEvent {}
}
