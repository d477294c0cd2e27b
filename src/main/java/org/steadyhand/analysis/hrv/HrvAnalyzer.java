package org.steadyhand.analysis.hrv;

import java.util.Arrays;
import java.util.Optional;
import org.steadyhand.core.BadInputException;

/**
 * Heart-rate-variability analysis of a series of RR intervals, in the order of the reference tool
 * (DOMAIN.md "Heart rate variability"): drop intervals that cannot be heart beats, flag artefacts
 * and optionally correct them, compute the time domain on the result, then resample the series at
 * {@code resampleRateHz} with a natural cubic spline through (beat time, interval), remove the
 * trend, and estimate the spectrum (Welch or Burg AR). Beat times are the cumulative sums of the
 * analysed intervals, so a dropped interval shortens the time axis rather than leaving a gap.
 * Detrending affects the spectrum only.
 *
 * <p>Pure and stateless: thread-safe.
 */
public final class HrvAnalyzer {
    /** Fewest analysable intervals for any result: SDNN and RMSSD need a spread and a difference. */
    public static final int MIN_INTERVALS = 3;

    private HrvAnalyzer() {}

    /**
     * @param rrMillis intervals in beat order, ms; bad values are counted, not fatal
     * @throws BadInputException if fewer than {@value #MIN_INTERVALS} intervals are heart beats
     */
    public static HrvResult analyze(double[] rrMillis, HrvSettings settings) {
        double[] valid = Arrays.stream(rrMillis)
                .filter(v -> Double.isFinite(v) && v >= settings.minRrMillis() && v <= settings.maxRrMillis())
                .toArray();
        int outOfRange = rrMillis.length - valid.length;
        if (valid.length < MIN_INTERVALS) {
            throw new BadInputException("HRV needs at least " + MIN_INTERVALS + " RR intervals between "
                    + settings.minRrMillis() + " and " + settings.maxRrMillis() + " ms, got " + valid.length
                    + (outOfRange > 0 ? " (" + outOfRange + " out of range)" : ""));
        }
        boolean[] suspect = ArtefactFilter.flag(valid, settings.artefactThreshold(), settings.artefactMedianBeats());
        int artefacts = 0;
        for (boolean s : suspect) {
            artefacts += s ? 1 : 0;
        }
        double[] nn = settings.artefacts() == HrvSettings.ArtefactHandling.CORRECT
                ? ArtefactFilter.corrected(valid, suspect, settings.artefactMedianBeats())
                : valid;
        int corrected = settings.artefacts() == HrvSettings.ArtefactHandling.CORRECT ? artefacts : 0;
        TimeDomain time = TimeDomain.of(nn, settings.hrAverageBeats());
        double duration = Arrays.stream(nn).sum() / 1000;
        return new HrvResult(
                settings,
                rrMillis.length,
                outOfRange,
                artefacts,
                corrected,
                time,
                frequencyDomain(nn, settings),
                duration);
    }

    /** The evenly resampled series, ms, at {@code settings.resampleRateHz()}, before detrending. */
    static double[] resample(double[] nn, double rateHz) {
        double[] t = new double[nn.length];
        double sum = 0;
        for (int i = 0; i < nn.length; i++) {
            sum += nn[i] / 1000;
            t[i] = sum;
        }
        int count = (int) Math.floor((t[t.length - 1] - t[0]) * rateHz + 1e-9) + 1;
        return new NaturalCubicSpline(t, nn).sample(t[0], 1 / rateHz, count);
    }

    private static Optional<FrequencyDomain> frequencyDomain(double[] nn, HrvSettings settings) {
        double fs = settings.resampleRateHz();
        double[] even = resample(nn, fs);
        if (even.length / fs < settings.minSpectrumSeconds() || even.length < 2 * settings.arOrder() + 2) {
            return Optional.empty();
        }
        double[] detrended = Detrending.apply(even, settings.detrend(), settings.smoothnessLambda());
        PowerSpectrum psd = switch (settings.spectrum()) {
            case WELCH ->
                WelchSpectrum.estimate(
                        detrended, fs, (int) Math.round(settings.welchWindowSeconds() * fs), settings.welchOverlap());
            case AR -> BurgSpectrum.estimate(detrended, fs, settings.arOrder());
        };
        return Optional.of(FrequencyDomain.of(settings.spectrum(), psd));
    }
}
