package org.steadyhand.league;

import java.time.Instant;

/**
 * One line of a leaderboard.
 *
 * @param rank one-based place; ties are broken (see {@link RankingIndex}), so ranks are unique
 * @param points the module's best score (0–100) on a module board; the sum of the trainee's best
 *     score in each module on the global board
 * @param achievedAt when the trainee reached these points (the latest of the contributing bests)
 */
public record Standing(int rank, String traineeId, String traineeName, double points, Instant achievedAt) {
    public Standing {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, was " + rank);
        }
    }
}
