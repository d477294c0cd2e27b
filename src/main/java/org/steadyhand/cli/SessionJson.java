package org.steadyhand.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;

/** The JSON shape of a session in command output: snake_case keys, units in key names. */
final class SessionJson {
    private SessionJson() {}

    static Map<String, Object> of(SessionSummary session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("session_id", session.id().toString());
        json.put("module_id", session.moduleId());
        json.put("trainee", session.traineeName());
        json.put("status", session.status().label());
        session.statusMessage().ifPresent(message -> json.put("status_message", message));
        json.put("started_at", session.startedAt().toString());
        json.put("ended_at", session.endedAt().map(Object::toString).orElse(null));
        json.put("duration_s", session.duration().toMillis() / 1000.0);
        json.put("sources", session.sources());
        List<Map<String, Object>> channels = new ArrayList<>();
        for (StoredChannel channel : session.channels()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", channel.channel().name());
            c.put("unit", channel.channel().unit().symbol());
            c.put("nominal_rate_hz", channel.channel().nominalRateHz());
            c.put("sample_count", channel.sampleCount());
            channels.add(c);
        }
        json.put("channels", channels);
        json.put("event_counts", session.eventCounts());
        return json;
    }

    static long totalSamples(SessionSummary session) {
        return session.channels().stream().mapToLong(StoredChannel::sampleCount).sum();
    }
}
