package org.steadyhand.ui.league;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of a leaderboard as shown.
 *
 * @param rank one-based, unique (ties broken as {@link org.steadyhand.league.RankingIndex} does)
 * @param cohort empty when the trainee has none, or the line comes from the server (which does not
 *     know cohorts)
 * @param score the trainee's best overall score in the module, 0–100
 * @param sessions scored sessions of the module; empty for server lines
 * @param last the last session's start (local) or when the best score was reached (server)
 */
public record BoardRow(
        int rank, String trainee, Optional<String> cohort, double score, OptionalInt sessions, Instant last) {}
