package org.steadyhand.analysis.trend;

/**
 * The cohort's scores at one session number (every trainee's n-th session of a module) as
 * percentiles ({@link Quantiles}, numpy's linear definition), for drawing 10–90 % and 25–75 % bands.
 *
 * @param sessionNumber one-based: 1 is each trainee's first session of the module
 * @param count how many trainees had an n-th session
 * @param p10 10th percentile of their scores, 0–100 score points; p25 … p90 likewise
 */
public record CohortBand(int sessionNumber, int count, double p10, double p25, double p50, double p75, double p90) {
    public CohortBand {
        if (sessionNumber < 1 || count < 1) {
            throw new IllegalArgumentException("session number and count must be >= 1");
        }
        if (!(p10 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p90)) {
            throw new IllegalArgumentException(
                    "percentiles must not decrease: " + p10 + ", " + p25 + ", " + p50 + ", " + p75 + ", " + p90);
        }
    }
}
