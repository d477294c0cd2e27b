package org.steadyhand.ui.trends;

import java.time.Instant;

/**
 * One completed, scored session on a trainee's learning curve.
 *
 * @param sessionNumber one-based, in the order the trainee's sessions of the module started
 * @param overall the session's overall score, 0–100
 * @param movingAverage trailing mean of the last {@link Trend#MOVING_WINDOW} scores, 0–100
 */
public record CurvePoint(int sessionNumber, Instant startedAt, double overall, double movingAverage, boolean passed) {}
