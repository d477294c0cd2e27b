package org.steadyhand.analysis.hrv;

import java.util.OptionalDouble;

/**
 * Live HRV over a rolling window, for the trainee's screen.
 *
 * @param beats intervals in the window
 * @param windowSeconds length of the window, s
 * @param heartRateBpm 60000 / mean RR of the window
 * @param rmssdMillis RMSSD of the window, ms
 * @param stressIndex Baevsky's SI of the window (50 ms bins); empty if all intervals were equal
 */
public record Biofeedback(
        int beats, double windowSeconds, double heartRateBpm, double rmssdMillis, OptionalDouble stressIndex) {}
