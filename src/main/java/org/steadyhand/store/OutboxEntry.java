package org.steadyhand.store;

import java.time.Instant;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;

/**
 * A score waiting in the league outbox: what the league server needs to rank it.
 *
 * @param session the scored session; its id is the submission's idempotency key
 * @param overall the session's overall score, 0–100
 * @param achievedAt when the score was computed
 * @param attempts failed sending attempts so far
 */
public record OutboxEntry(
        SessionId session,
        TraineeId trainee,
        String traineeName,
        String moduleId,
        double overall,
        Instant achievedAt,
        int attempts) {
    public OutboxEntry {
        if (session == null || trainee == null || traineeName == null || moduleId == null || achievedAt == null) {
            throw new IllegalArgumentException("an outbox entry needs session, trainee, name, module and time");
        }
    }
}
