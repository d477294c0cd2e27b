package org.steadyhand.ui.review;

import java.util.Optional;
import org.steadyhand.analysis.tremor.TremorMetrics;

/**
 * The tremor spectrum of the session under review, or what stands in for it: computing, or why
 * there is none.
 *
 * @param metrics the spectrum and its metrics; empty while computing or when not measurable
 * @param message shown instead of the spectrum when {@code metrics} is empty
 */
public record SpectrumState(Optional<TremorMetrics> metrics, String message) {
    static final SpectrumState COMPUTING = new SpectrumState(Optional.empty(), "Computing the tremor spectrum…");

    static SpectrumState of(TremorMetrics metrics) {
        return new SpectrumState(Optional.of(metrics), "");
    }

    static SpectrumState missing(String why) {
        return new SpectrumState(Optional.empty(), why);
    }
}
