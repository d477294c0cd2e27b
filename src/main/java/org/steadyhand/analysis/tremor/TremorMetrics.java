package org.steadyhand.analysis.tremor;

import java.util.List;

/**
 * What a tremor analysis found, batch or one streaming update. Powers are integrals of the
 * displacement PSD (sum of bins whose centre lies in the band, inclusive, times the bin width).
 *
 * @param peakHz dominant tremor frequency: the largest PSD bin in the search band (default 3-12
 *     Hz), refined by a parabola through the logarithms of it and its neighbours; NaN when
 *     {@code dominantBand} is {@link TremorBand#NONE}, since there is no peak to report
 * @param rmsMicrometres RMS tremor displacement of the tip, µm: square root of the power between
 *     the high-pass cut-off and the analysis upper limit (default 2-25 Hz)
 * @param physiologicalPowerSquareMicrometres power in 8-12 Hz, µm²
 * @param essentialPowerSquareMicrometres power in 4-12 Hz, µm²
 * @param parkinsonianPowerSquareMicrometres power in 3-8 Hz, µm²
 * @param bandPowerRatio power within the peak half-width (default ±1 Hz) of the peak over the
 *     power in the analysis band, 0..1 (PMC6806079); computed around the largest bin even when
 *     there is no clear peak
 * @param dominantBand band of the peak, or NONE (see {@link SpectralFeatures} for the rule)
 * @param stabilityScore 0-100 from {@code rmsMicrometres} (see {@link TremorSettings})
 * @param spectrum displacement spectrum for display
 * @param waveforms per axis, decimated high-passed displacement for display
 * @param segmentCount Welch segments averaged
 * @param analysedSeconds total length of the contiguous runs that were analysed, s
 * @param gapCount breaks between contiguous runs (a long interval or a run of NaN samples)
 * @param skippedSampleCount samples left out: non-finite ones, and those in runs shorter than one
 *     segment
 */
public record TremorMetrics(
        double peakHz,
        double rmsMicrometres,
        double physiologicalPowerSquareMicrometres,
        double essentialPowerSquareMicrometres,
        double parkinsonianPowerSquareMicrometres,
        double bandPowerRatio,
        TremorBand dominantBand,
        double stabilityScore,
        TremorSpectrum spectrum,
        List<TremorWaveform> waveforms,
        int segmentCount,
        double analysedSeconds,
        int gapCount,
        long skippedSampleCount) {
    public TremorMetrics {
        waveforms = List.copyOf(waveforms);
        if (!(stabilityScore >= 0 && stabilityScore <= 100)) {
            throw new IllegalArgumentException("'stabilityScore' must be in 0..100, got " + stabilityScore);
        }
    }
}
