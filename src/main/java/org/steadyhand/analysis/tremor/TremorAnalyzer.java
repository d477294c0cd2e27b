package org.steadyhand.analysis.tremor;

import java.util.List;

/**
 * Batch tremor analysis of a recording: removes voluntary motion, estimates the displacement
 * spectrum of the instrument tip with Welch's method, and reads the metrics off it
 * ({@link TremorMetrics}). Method and choices: docs/decisions/0010-tremor-spectral-method.md.
 *
 * <ol>
 *   <li>Split into contiguous runs on a uniform grid ({@link ContiguousRuns}: NaN samples and
 *       intervals over 2.5 nominal periods are gaps; jitter is absorbed by linear interpolation).
 *   <li>Per run and axis, the {@link TremorHighPass} (primed with the run's first value, so a hand
 *       held away from the origin does not ring).
 *   <li>Welch segments (periodic Hann, 50% overlap, mean removed, density scaling) taken inside
 *       runs only; periodograms of all segments of all runs are averaged and summed over axes.
 *       Runs shorter than one segment are skipped and counted.
 *   <li>{@link DisplacementSpectrum} to µm²/Hz, then {@link SpectralFeatures}.
 * </ol>
 *
 * Stateless and thread-safe: every call has its own buffers.
 */
public final class TremorAnalyzer {
    private TremorAnalyzer() {}

    /**
     * @throws IllegalArgumentException if the sample rate cannot resolve the bands, timestamps do
     *     not strictly increase, or no contiguous run holds a whole Welch segment
     */
    public static TremorMetrics analyze(TremorInput input, TremorSettings settings) {
        ContiguousRuns split = ContiguousRuns.split(input, settings.maxIntervalPeriods());
        double rateHz = split.sampleRateHz();
        settings.checkSampleRate(rateHz);
        WelchPsd welch = new WelchPsd(segmentLength(settings.segmentSeconds(), rateHz), rateHz);
        int n = welch.segmentLength();
        List<ContiguousRuns.Run> usable =
                split.runs().stream().filter(run -> run.length() >= n).toList();
        long skipped = split.nonFiniteSampleCount();
        int longest = 0;
        for (ContiguousRuns.Run run : split.runs()) {
            longest = Math.max(longest, run.length());
            skipped += run.length() >= n ? 0 : run.length();
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    "need at least %.2f s of contiguous data (one Welch segment of %d samples at %.1f Hz);"
                            + " the longest contiguous run is %.2f s",
                    n / rateHz, n, rateHz, longest / rateHz));
        }
        int axes = input.axes().size();
        ContiguousRuns.Run last = usable.get(usable.size() - 1);
        WaveformBuckets waveform = new WaveformBuckets(
                usable.get(0).startNanos(),
                Math.round(last.timeNanos(last.length() - 1)),
                settings.waveformPoints(),
                axes);
        double[] psd = new double[welch.binCount()];
        int segments = 0;
        long analysedSamples = 0;
        TremorHighPass highPass = new TremorHighPass(rateHz, settings.highPassCutoffHz());
        DisplacementTrace trace = new DisplacementTrace(input.unit(), rateHz, settings);
        for (ContiguousRuns.Run run : usable) {
            analysedSamples += run.length();
            for (int a = 0; a < axes; a++) {
                double[] x = run.axes()[a];
                highPass.reset();
                highPass.primeWith(x[0]);
                highPass.filterInPlace(x);
                trace.reset();
                for (int k = 0; k < x.length; k++) {
                    waveform.add(run.timeNanos(k), a, trace.next(x[k]));
                }
                for (int from = 0; from + n <= x.length; from += n - n / 2) {
                    welch.addPeriodogram(x, from, psd);
                    segments += a == 0 ? 1 : 0;
                }
            }
        }
        for (int k = 0; k < psd.length; k++) {
            psd[k] /= segments;
        }
        double[] displacement =
                DisplacementSpectrum.of(psd, welch.binWidthHz(), input.unit(), settings.leverArmMillimetres());
        return SpectralFeatures.metrics(
                frequencies(welch),
                displacement,
                settings,
                waveform.build(),
                segments,
                analysedSamples / rateHz,
                split.gapCount(),
                skipped);
    }

    /** Samples per Welch segment: the segment length at the rate, rounded, at least 4. */
    static int segmentLength(double segmentSeconds, double rateHz) {
        return Math.max(4, (int) Math.round(segmentSeconds * rateHz));
    }

    static double[] frequencies(WelchPsd welch) {
        double[] f = new double[welch.binCount()];
        for (int k = 0; k < f.length; k++) {
            f[k] = k * welch.binWidthHz();
        }
        return f;
    }
}
