package org.steadyhand.analysis.force;

/**
 * What a force recording says about how an instrument treated tissue, as computed by
 * {@link ForceAnalyzer} (whole arrays) or {@link StreamingForceAnalyzer} (live). All forces in mN,
 * times in seconds.
 *
 * <p>Time-based results (mean, times above, impulses) treat the signal as straight lines between
 * consecutive finite samples, and count only intervals no longer than the gap limit: a longer
 * interval means the device delivered nothing, and a gap is not data. NaN or infinite samples are
 * skipped as if never sampled.
 *
 * @param sampleCount all samples seen, including skipped ones
 * @param skippedSampleCount NaN or infinite samples, left out of every result
 * @param gapCount intervals between finite samples longer than the gap limit, left out
 * @param durationSeconds from the first to the last sample, skipped ones included
 * @param measuredSeconds total length of the counted intervals (duration minus gaps)
 * @param currentForceMilliNewtons the last finite sample
 * @param peakForceMilliNewtons the largest finite sample
 * @param meanForceMilliNewtons time-weighted mean, ∫F dt / measuredSeconds, so that samples bunched
 *     by timing jitter do not weigh more; the plain mean of the finite samples when no interval was
 *     counted (a single sample, or only gaps)
 * @param rateOfChangeMilliNewtonsPerSecond least-squares slope of the finite samples in the last
 *     {@link ForceAnalyzer#RATE_WINDOW_SECONDS} seconds, widened to the previous finite sample when
 *     the window holds only one and that sample is within the gap limit; NaN if there is none
 * @param timeAboveCautionSeconds time with the force at or above the caution threshold
 * @param timeAboveDangerSeconds time with the force at or above the danger threshold
 * @param contactTimeSeconds time with the force at or above the contact threshold
 * @param impulseAboveCautionMilliNewtonSeconds ∫ max(0, F − caution) dt, an estimate of tissue
 *     stress: how far and for how long the force exceeded the caution level
 * @param impulseAboveDangerMilliNewtonSeconds ∫ max(0, F − danger) dt
 * @param currentRiskLevel level of the current force
 * @param worstRiskLevel level of the peak force, the worst reached
 * @param thresholds the thresholds these results were computed with
 */
public record ForceMetrics(
        long sampleCount,
        long skippedSampleCount,
        long gapCount,
        double durationSeconds,
        double measuredSeconds,
        double currentForceMilliNewtons,
        double peakForceMilliNewtons,
        double meanForceMilliNewtons,
        double rateOfChangeMilliNewtonsPerSecond,
        double timeAboveCautionSeconds,
        double timeAboveDangerSeconds,
        double contactTimeSeconds,
        double impulseAboveCautionMilliNewtonSeconds,
        double impulseAboveDangerMilliNewtonSeconds,
        RiskLevel currentRiskLevel,
        RiskLevel worstRiskLevel,
        ForceThresholds thresholds) {}
