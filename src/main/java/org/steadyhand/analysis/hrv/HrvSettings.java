package org.steadyhand.analysis.hrv;

/**
 * Every setting of the heart-rate-variability analysis. Results are only comparable between tools
 * with the same settings (DOMAIN.md "Heart rate variability"), so none is implicit: {@link
 * #kubiosDefaults()} gives the reference tool's documented defaults and {@link
 * #kubiosComparison()} the settings its published reports are compared at.
 *
 * @param artefacts what to do with intervals the artefact rule flags
 * @param artefactThreshold relative deviation from both the local median and the last accepted
 *     interval above which an interval is an artefact; default 0.20 (Xu–Schuckers, DOMAIN.md)
 * @param artefactMedianBeats odd number of intervals, centred on the one tested, whose median is
 *     the local reference; default 11 (judgement call: about 10 s, shorter than a breathing cycle
 *     pair, so respiratory sinus arrhythmia is not flagged)
 * @param minRrMillis shortest interval that can be a heart beat; shorter ones are dropped and
 *     counted whatever {@code artefacts} says; default 250 ms (240 bpm)
 * @param maxRrMillis longest interval that can be a heart beat; default 2500 ms (24 bpm)
 * @param resampleRateHz rate of the cubic-spline resampled series for spectra; default 4 Hz
 *     (DOMAIN.md, Kubios default)
 * @param detrend trend removal before spectral analysis; default smoothness priors (Kubios default)
 * @param smoothnessLambda regularisation of the smoothness-priors detrending at {@code
 *     resampleRateHz}; default 500, cut-off ≈ 0.189·fs/√λ = 0.034 Hz at 4 Hz (Tarvainen et al.
 *     2002, IEEE TBME 49:172; Kubios default)
 * @param spectrum the spectral estimator whose band powers are reported
 * @param welchWindowSeconds Welch segment length; default 300 s (DOMAIN.md, Kubios default); a
 *     shorter recording is one segment of its whole length
 * @param welchOverlap fraction of a segment shared with the next, in [0, 1); default 0.5
 * @param arOrder order of the Burg autoregressive model; default 16 (Kubios default)
 * @param hrAverageBeats number of beats averaged for minimum and maximum heart rate; default 5
 *     (Kubios's moving-average HR; 1 gives the instantaneous extremes)
 * @param minSpectrumSeconds shortest resampled series for which spectral results are given;
 *     default 120 s (Task Force 1996: LF needs about 2 min)
 */
public record HrvSettings(
        ArtefactHandling artefacts,
        double artefactThreshold,
        int artefactMedianBeats,
        double minRrMillis,
        double maxRrMillis,
        double resampleRateHz,
        Detrend detrend,
        double smoothnessLambda,
        SpectrumMethod spectrum,
        double welchWindowSeconds,
        double welchOverlap,
        int arOrder,
        int hrAverageBeats,
        double minSpectrumSeconds) {

    /** Treatment of flagged intervals. */
    public enum ArtefactHandling {
        /** Count flagged intervals, analyse all intervals as they are. */
        NONE,
        /** Replace each flagged interval by its local median (the rule's reference value). */
        CORRECT
    }

    /** Trend removal applied to the resampled series before spectral estimation. */
    public enum Detrend {
        NONE,
        /** Least-squares straight line (as {@code scipy.signal.detrend(type='linear')}). */
        LINEAR,
        /** Tarvainen's smoothness-priors high-pass with {@code smoothnessLambda}. */
        SMOOTHNESS_PRIORS
    }

    /** Spectral estimator. */
    public enum SpectrumMethod {
        WELCH,
        /** Burg autoregressive model of order {@code arOrder}. */
        AR
    }

    public HrvSettings {
        if (artefacts == null || detrend == null || spectrum == null) {
            throw new IllegalArgumentException("artefacts, detrend and spectrum are required");
        }
        if (!(artefactThreshold > 0 && artefactThreshold < 1)) {
            throw new IllegalArgumentException("'artefactThreshold' must be in (0, 1), got " + artefactThreshold);
        }
        if (artefactMedianBeats < 3 || artefactMedianBeats % 2 == 0) {
            throw new IllegalArgumentException(
                    "'artefactMedianBeats' must be odd and >= 3, got " + artefactMedianBeats);
        }
        if (!(minRrMillis > 0 && maxRrMillis > minRrMillis && Double.isFinite(maxRrMillis))) {
            throw new IllegalArgumentException(
                    "need 0 < 'minRrMillis' < 'maxRrMillis', got " + minRrMillis + " and " + maxRrMillis);
        }
        positive("resampleRateHz", resampleRateHz);
        positive("smoothnessLambda", smoothnessLambda);
        positive("welchWindowSeconds", welchWindowSeconds);
        if (!(welchOverlap >= 0 && welchOverlap < 1)) {
            throw new IllegalArgumentException("'welchOverlap' must be in [0, 1), got " + welchOverlap);
        }
        if (arOrder < 1 || arOrder > 100) {
            throw new IllegalArgumentException("'arOrder' must be in 1..100, got " + arOrder);
        }
        if (hrAverageBeats < 1) {
            throw new IllegalArgumentException("'hrAverageBeats' must be >= 1, got " + hrAverageBeats);
        }
        if (!(minSpectrumSeconds >= 0) || Double.isInfinite(minSpectrumSeconds)) {
            throw new IllegalArgumentException("'minSpectrumSeconds' must be >= 0, got " + minSpectrumSeconds);
        }
    }

    /**
     * Kubios HRV's documented defaults: no artefact correction, 4 Hz spline, smoothness priors λ =
     * 500, Welch 300 s with 50% overlap, AR order 16, 5-beat average for min/max HR.
     */
    public static HrvSettings kubiosDefaults() {
        return new HrvSettings(
                ArtefactHandling.NONE,
                0.20,
                11,
                250,
                2500,
                4.0,
                Detrend.SMOOTHNESS_PRIORS,
                500,
                SpectrumMethod.WELCH,
                300,
                0.5,
                16,
                5,
                120);
    }

    /**
     * The settings at which results are compared with the reference tool's reports: no
     * detrending, no artefact correction, 4 Hz interpolation, Welch 300 s / 50%.
     */
    public static HrvSettings kubiosComparison() {
        return kubiosDefaults().withDetrend(Detrend.NONE);
    }

    public HrvSettings withArtefacts(ArtefactHandling value) {
        return new HrvSettings(
                value,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                detrend,
                smoothnessLambda,
                spectrum,
                welchWindowSeconds,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                minSpectrumSeconds);
    }

    public HrvSettings withDetrend(Detrend value) {
        return new HrvSettings(
                artefacts,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                value,
                smoothnessLambda,
                spectrum,
                welchWindowSeconds,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                minSpectrumSeconds);
    }

    public HrvSettings withSmoothnessLambda(double value) {
        return new HrvSettings(
                artefacts,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                detrend,
                value,
                spectrum,
                welchWindowSeconds,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                minSpectrumSeconds);
    }

    public HrvSettings withSpectrum(SpectrumMethod value) {
        return new HrvSettings(
                artefacts,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                detrend,
                smoothnessLambda,
                value,
                welchWindowSeconds,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                minSpectrumSeconds);
    }

    public HrvSettings withWelchWindowSeconds(double value) {
        return new HrvSettings(
                artefacts,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                detrend,
                smoothnessLambda,
                spectrum,
                value,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                minSpectrumSeconds);
    }

    public HrvSettings withMinSpectrumSeconds(double value) {
        return new HrvSettings(
                artefacts,
                artefactThreshold,
                artefactMedianBeats,
                minRrMillis,
                maxRrMillis,
                resampleRateHz,
                detrend,
                smoothnessLambda,
                spectrum,
                welchWindowSeconds,
                welchOverlap,
                arOrder,
                hrAverageBeats,
                value);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + name + "' must be a number > 0, got " + value);
        }
    }
}
