package org.steadyhand.analysis.tremor;

/**
 * The band the dominant tremor peak falls in. The bands of DOMAIN.md ("Hand tremor") overlap, so
 * the label follows the peak frequency: 8-12 Hz is physiological; 3-4 Hz is parkinsonian (only
 * that band covers it, PMC6806079: parkinsonian 3-8 Hz, essential 4-12 Hz); 4-8 Hz is essential or
 * parkinsonian, because frequency alone cannot tell them apart and we say so rather than guess.
 * {@link #NONE} when the spectrum has no clear peak (rule in {@link SpectralFeatures}).
 *
 * <p>The {@link #label()} strings are stable: they are stored and exported.
 */
public enum TremorBand {
    NONE("none"),
    PARKINSONIAN("parkinsonian"),
    ESSENTIAL_OR_PARKINSONIAN("essential_or_parkinsonian"),
    PHYSIOLOGICAL("physiological");

    private final String label;

    TremorBand(String label) {
        this.label = label;
    }

    /** Stable lower-case label, e.g. {@code essential_or_parkinsonian}. */
    public String label() {
        return label;
    }

    /** The band of a clear peak at {@code peakHz}: below 4 Hz parkinsonian, below 8 Hz either, else physiological. */
    static TremorBand ofPeak(double peakHz) {
        if (peakHz < 4.0) {
            return PARKINSONIAN;
        }
        return peakHz < 8.0 ? ESSENTIAL_OR_PARKINSONIAN : PHYSIOLOGICAL;
    }
}
