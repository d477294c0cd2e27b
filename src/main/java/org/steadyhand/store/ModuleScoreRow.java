package org.steadyhand.store;

import java.time.Instant;
import java.util.Optional;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;

/**
 * One scored, completed session of a module with who recorded it: the raw material of trends and
 * the local leaderboard.
 *
 * @param startedAt when the session started (the learning curve's time axis)
 * @param overall the session's overall score, 0–100 (docs/modules.md)
 * @param computedAt when the score was computed; the league's "achieved at" (see {@link LeagueOutbox})
 */
public record ModuleScoreRow(
        SessionId session,
        TraineeId trainee,
        String traineeName,
        Optional<String> cohort,
        boolean traineeArchived,
        Instant startedAt,
        double overall,
        boolean passed,
        Instant computedAt) {}
