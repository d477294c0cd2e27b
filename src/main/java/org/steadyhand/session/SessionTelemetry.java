package org.steadyhand.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;

/**
 * A whole session's data in memory, as the scoring reads it: each channel as one block (all its
 * samples, times relative to the session start) and the events. Built from stored telemetry, so
 * a score is reproducible from what was stored.
 *
 * @param channels by channel name
 */
public record SessionTelemetry(Map<String, SampleBlock> channels, List<TimedEvent> events) {
    public SessionTelemetry {
        channels = Map.copyOf(channels);
        events = List.copyOf(events);
    }

    public Optional<SampleBlock> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }
}
