package org.steadyhand.analysis.tremor;

import java.util.List;

/**
 * Reads tremor metrics off a displacement spectrum; shared by batch and streaming analysis.
 *
 * <p>Clear-peak rule: the dominant band is {@link TremorBand#NONE} when the analysis band holds no
 * power, when the largest bin of the search band is not a local maximum of the spectrum (it sits
 * on a band edge with the spectrum still rising outside, as the tail of voluntary motion does at 3
 * Hz), or when the band-power ratio is below {@link TremorSettings#clearPeakRatio()} (broadband
 * noise). Otherwise the band follows the refined peak frequency ({@link TremorBand}).
 *
 * <p>Peak refinement: a parabola through the natural logarithms of the largest bin and its two
 * neighbours (Gaussian interpolation), which places a Hann-windowed sinusoid's peak within a few
 * hundredths of a bin.
 */
final class SpectralFeatures {
    private SpectralFeatures() {}

    static TremorMetrics metrics(
            double[] frequenciesHz,
            double[] psdSquareMicrometresPerHz,
            TremorSettings settings,
            List<TremorWaveform> waveforms,
            int segmentCount,
            double analysedSeconds,
            int gapCount,
            long skippedSampleCount) {
        double[] psd = psdSquareMicrometresPerHz;
        double df = frequenciesHz[1] - frequenciesHz[0];
        double analysisPower = power(psd, df, settings.highPassCutoffHz(), settings.analysisHighHz());
        int first = (int) Math.ceil(settings.searchLowHz() / df - 1e-9);
        int last = Math.min(psd.length - 2, (int) Math.floor(settings.searchHighHz() / df + 1e-9));
        first = Math.max(1, first);
        int best = first;
        for (int k = first + 1; k <= last; k++) {
            if (psd[k] > psd[best]) {
                best = k;
            }
        }
        double peakHz = refine(psd, best, df);
        double ratio = analysisPower > 0
                ? power(psd, df, peakHz - settings.peakHalfWidthHz(), peakHz + settings.peakHalfWidthHz())
                        / analysisPower
                : 0;
        boolean localMaximum = psd[best] > psd[best - 1] && psd[best] > psd[best + 1];
        TremorBand band = analysisPower > 0 && localMaximum && ratio >= settings.clearPeakRatio()
                ? TremorBand.ofPeak(peakHz)
                : TremorBand.NONE;
        double rms = Math.sqrt(analysisPower);
        return new TremorMetrics(
                band == TremorBand.NONE ? Double.NaN : peakHz,
                rms,
                power(psd, df, 8.0, 12.0),
                power(psd, df, 4.0, 12.0),
                power(psd, df, 3.0, 8.0),
                ratio,
                band,
                stabilityScore(rms, settings),
                new TremorSpectrum(frequenciesHz, psd),
                waveforms,
                segmentCount,
                analysedSeconds,
                gapCount,
                skippedSampleCount);
    }

    /** Sum of the bins whose centre lies in [lowHz, highHz], times the bin width, µm². */
    static double power(double[] psd, double binWidthHz, double lowHz, double highHz) {
        int from = Math.max(0, (int) Math.ceil(lowHz / binWidthHz - 1e-9));
        int to = Math.min(psd.length - 1, (int) Math.floor(highHz / binWidthHz + 1e-9));
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += psd[k];
        }
        return sum * binWidthHz;
    }

    /**
     * 100 at or below the full-marks RMS, 0 at or above the zero RMS, linear in log(RMS) between:
     * equal ratios of tremor cost equal points, as tremor amplitudes spread over a factor of ten.
     */
    static double stabilityScore(double rmsMicrometres, TremorSettings settings) {
        double full = settings.stabilityFullMarksMicrometres();
        double zero = settings.stabilityZeroMicrometres();
        if (!(rmsMicrometres > full)) {
            return 100;
        }
        if (rmsMicrometres >= zero) {
            return 0;
        }
        return 100 * Math.log(zero / rmsMicrometres) / Math.log(zero / full);
    }

    private static double refine(double[] psd, int k, double df) {
        if (!(psd[k - 1] > 0 && psd[k] > 0 && psd[k + 1] > 0)) {
            return k * df;
        }
        double a = Math.log(psd[k - 1]);
        double b = Math.log(psd[k]);
        double c = Math.log(psd[k + 1]);
        double curvature = a - 2 * b + c;
        if (!(curvature < 0)) {
            return k * df; // not a maximum: no vertex to move to
        }
        return (k + 0.5 * (a - c) / curvature) * df;
    }
}
