package org.steadyhand.analysis.hrv;

import java.util.Optional;

/**
 * The HRV of one series of RR intervals and what was done to the input to get it.
 *
 * @param settings the settings used (results are only comparable at equal settings)
 * @param inputCount intervals given
 * @param outOfRangeCount intervals dropped as not heart beats at all (non-finite, or outside
 *     [{@code minRrMillis}, {@code maxRrMillis}]), whatever the artefact setting
 * @param artefactCount in-range intervals flagged by the artefact rule
 * @param correctedCount flagged intervals replaced (0 unless artefacts are corrected)
 * @param timeDomain time-domain, Poincaré and stress-index values
 * @param frequencyDomain spectral values; empty if the series is shorter than {@code
 *     minSpectrumSeconds}
 * @param durationSeconds sum of the analysed intervals, s
 */
public record HrvResult(
        HrvSettings settings,
        int inputCount,
        int outOfRangeCount,
        int artefactCount,
        int correctedCount,
        TimeDomain timeDomain,
        Optional<FrequencyDomain> frequencyDomain,
        double durationSeconds) {}
