package org.steadyhand.session;

import java.time.Instant;
import java.util.List;
import org.steadyhand.core.SessionId;

/**
 * What is known when a session starts.
 *
 * @param sources the source specs feeding the session, as the user wrote them
 * @param settingsJson the settings in force (module options, thresholds, seed), kept with the
 *     session so its analysis can be reproduced later
 */
public record SessionStart(
        SessionId id,
        String moduleId,
        String traineeName,
        Instant startedAt,
        List<String> sources,
        String settingsJson) {
    public SessionStart {
        if (moduleId == null || moduleId.isBlank()) {
            throw new IllegalArgumentException("a session needs a module");
        }
        if (traineeName == null || traineeName.isBlank()) {
            throw new IllegalArgumentException("a session needs a trainee");
        }
        sources = List.copyOf(sources);
        settingsJson = settingsJson == null ? "{}" : settingsJson;
    }
}
