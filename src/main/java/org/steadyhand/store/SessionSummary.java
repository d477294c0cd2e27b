package org.steadyhand.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.SessionStatus;

/**
 * A stored session as lists and reports show it.
 *
 * @param eventCounts number of stored events by kind ({@code rr}, {@code shot}, ...)
 */
public record SessionSummary(
        SessionId id,
        String moduleId,
        String traineeName,
        Instant startedAt,
        Optional<Instant> endedAt,
        SessionStatus status,
        Optional<String> statusMessage,
        List<String> sources,
        List<StoredChannel> channels,
        Map<String, Long> eventCounts) {

    /** Wall-clock length; for a session still recording, up to now. */
    public Duration duration() {
        return Duration.between(startedAt, endedAt.orElseGet(Instant::now));
    }

    public Optional<StoredChannel> channel(String name) {
        return channels.stream().filter(c -> c.channel().name().equals(name)).findFirst();
    }
}
