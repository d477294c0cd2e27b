package org.steadyhand.league;

import java.time.Instant;
import java.util.UUID;

/**
 * A score a workstation submitted to the league: one finished session's overall score.
 *
 * @param submissionId the idempotency key: the workstation's session id, so a retried submission
 *     is recognised and stored once
 * @param overall the session's overall score, 0–100 (docs/modules.md)
 * @param achievedAt when the session was scored on the workstation
 */
public record LeagueScore(
        UUID submissionId, UUID traineeId, String traineeName, String moduleId, double overall, Instant achievedAt) {
    /** Longest trainee name accepted; the workstation schema allows 200 characters too. */
    public static final int MAX_NAME_LENGTH = 200;

    public LeagueScore {
        if (submissionId == null || traineeId == null || achievedAt == null) {
            throw new IllegalArgumentException("submission id, trainee id and time are required");
        }
        if (traineeName == null || traineeName.isBlank() || traineeName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("trainee name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (moduleId == null || !moduleId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("module id must be 1 to 64 lower-case letters, digits or '-'");
        }
        if (!(overall >= 0 && overall <= 100)) {
            throw new IllegalArgumentException("overall score must be between 0 and 100, was " + overall);
        }
    }
}
