package org.steadyhand.analysis.tremor;

/**
 * Every knob of the tremor analysis, batch and streaming, with defaults from DOMAIN.md ("Hand
 * tremor") where it gives a number and judgement calls, marked as such, where it does not.
 *
 * @param highPassCutoffHz voluntary-motion high-pass cut-off and lower edge of the analysis band;
 *     default 2 Hz: 98.9% of eye surgeons' voluntary motion power is below 2 Hz (CMU study)
 * @param segmentSeconds Welch segment length; default 2 s, giving 0.5 Hz bins and, with 50%
 *     overlap, 3 segments in a 4 s window (PMC6806079 used 3 s windows; judgement call)
 * @param searchLowHz lower edge of the band searched for the tremor peak; default 3 Hz
 * @param searchHighHz upper edge of that band; default 12 Hz (3-12 Hz is the union of the
 *     physiological 8-12, essential 4-12 and parkinsonian 3-8 Hz bands)
 * @param analysisHighHz upper edge of the band integrated for {@code rmsMicrometres}; default 25 Hz,
 *     above the 6-16 Hz an adaptive tremor canceller used and twice the highest tremor band edge,
 *     so harmonics count while sensor noise above it does not (judgement call)
 * @param peakHalfWidthHz half-width around the peak for the band-power ratio; default 1 Hz
 *     (PMC6806079: power near the peak / power in the tremor band)
 * @param clearPeakRatio band-power ratio below which there is no clear peak; default 0.3: white
 *     noise gives about 2 Hz / 23 Hz ≈ 0.1, a sinusoid close to 1 and a resonant tremor with a 1-2
 *     Hz wide peak 0.5-0.7 (judgement call)
 * @param maxIntervalPeriods a sample interval longer than this many nominal periods is a gap;
 *     default 2.5 (one lost sample is bridged by interpolation, two are a gap; the half period
 *     of slack tolerates jitter)
 * @param leverArmMillimetres distance from the rotation centre (the wrist) to the instrument tip,
 *     turning an angle into tip displacement; default 150 mm, a hand of about 110 mm from wrist to
 *     the grip plus the instrument beyond it (judgement call; set it for the rig)
 * @param stabilityFullMarksMicrometres RMS at or below which the stability score is 100; default
 *     35 µm
 * @param stabilityZeroMicrometres RMS at or above which the score is 0; default 200 µm, the top of
 *     the physiological 50-200 µm range at the hand (PMC3989364). With the log-linear mapping
 *     between the two anchors, eye surgeons' 49 µm hold (CMU study) scores about 80.
 * @param windowSeconds streaming: length of the sliding analysis window; default 4 s
 * @param updateSeconds streaming: interval between updates; default 0.1 s
 * @param waveformPoints number of min/max buckets of the display waveform; default 400
 */
public record TremorSettings(
        double highPassCutoffHz,
        double segmentSeconds,
        double searchLowHz,
        double searchHighHz,
        double analysisHighHz,
        double peakHalfWidthHz,
        double clearPeakRatio,
        double maxIntervalPeriods,
        double leverArmMillimetres,
        double stabilityFullMarksMicrometres,
        double stabilityZeroMicrometres,
        double windowSeconds,
        double updateSeconds,
        int waveformPoints) {

    public TremorSettings {
        positive("highPassCutoffHz", highPassCutoffHz);
        positive("segmentSeconds", segmentSeconds);
        positive("searchLowHz", searchLowHz);
        positive("peakHalfWidthHz", peakHalfWidthHz);
        positive("maxIntervalPeriods", maxIntervalPeriods);
        positive("leverArmMillimetres", leverArmMillimetres);
        positive("stabilityFullMarksMicrometres", stabilityFullMarksMicrometres);
        positive("updateSeconds", updateSeconds);
        above("searchHighHz", searchHighHz, "searchLowHz", searchLowHz);
        above("analysisHighHz", analysisHighHz, "highPassCutoffHz", highPassCutoffHz);
        above(
                "stabilityZeroMicrometres",
                stabilityZeroMicrometres,
                "stabilityFullMarksMicrometres",
                stabilityFullMarksMicrometres);
        if (!(windowSeconds >= segmentSeconds) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException(
                    "'windowSeconds' must be >= 'segmentSeconds' (" + segmentSeconds + "), got " + windowSeconds);
        }
        if (!(clearPeakRatio >= 0 && clearPeakRatio <= 1)) {
            throw new IllegalArgumentException("'clearPeakRatio' must be in 0..1, got " + clearPeakRatio);
        }
        if (maxIntervalPeriods < 1.5) {
            throw new IllegalArgumentException("'maxIntervalPeriods' must be >= 1.5, got " + maxIntervalPeriods);
        }
        if (waveformPoints < 1) {
            throw new IllegalArgumentException("'waveformPoints' must be >= 1, got " + waveformPoints);
        }
    }

    /** The defaults documented on each component. */
    public static TremorSettings defaults() {
        return new TremorSettings(2.0, 2.0, 3.0, 12.0, 25.0, 1.0, 0.3, 2.5, 150.0, 35.0, 200.0, 4.0, 0.1, 400);
    }

    public TremorSettings withHighPassCutoffHz(double hz) {
        return new TremorSettings(
                hz,
                segmentSeconds,
                searchLowHz,
                searchHighHz,
                analysisHighHz,
                peakHalfWidthHz,
                clearPeakRatio,
                maxIntervalPeriods,
                leverArmMillimetres,
                stabilityFullMarksMicrometres,
                stabilityZeroMicrometres,
                windowSeconds,
                updateSeconds,
                waveformPoints);
    }

    public TremorSettings withSegmentSeconds(double seconds) {
        return new TremorSettings(
                highPassCutoffHz,
                seconds,
                searchLowHz,
                searchHighHz,
                analysisHighHz,
                peakHalfWidthHz,
                clearPeakRatio,
                maxIntervalPeriods,
                leverArmMillimetres,
                stabilityFullMarksMicrometres,
                stabilityZeroMicrometres,
                windowSeconds,
                updateSeconds,
                waveformPoints);
    }

    public TremorSettings withWindowSeconds(double seconds) {
        return new TremorSettings(
                highPassCutoffHz,
                segmentSeconds,
                searchLowHz,
                searchHighHz,
                analysisHighHz,
                peakHalfWidthHz,
                clearPeakRatio,
                maxIntervalPeriods,
                leverArmMillimetres,
                stabilityFullMarksMicrometres,
                stabilityZeroMicrometres,
                seconds,
                updateSeconds,
                waveformPoints);
    }

    public TremorSettings withLeverArmMillimetres(double millimetres) {
        return new TremorSettings(
                highPassCutoffHz,
                segmentSeconds,
                searchLowHz,
                searchHighHz,
                analysisHighHz,
                peakHalfWidthHz,
                clearPeakRatio,
                maxIntervalPeriods,
                millimetres,
                stabilityFullMarksMicrometres,
                stabilityZeroMicrometres,
                windowSeconds,
                updateSeconds,
                waveformPoints);
    }

    public TremorSettings withWaveformPoints(int points) {
        return new TremorSettings(
                highPassCutoffHz,
                segmentSeconds,
                searchLowHz,
                searchHighHz,
                analysisHighHz,
                peakHalfWidthHz,
                clearPeakRatio,
                maxIntervalPeriods,
                leverArmMillimetres,
                stabilityFullMarksMicrometres,
                stabilityZeroMicrometres,
                windowSeconds,
                updateSeconds,
                points);
    }

    /**
     * Checks that a sample rate can resolve the bands: Nyquist above the analysis and search bands.
     *
     * @throws IllegalArgumentException naming the rate and the band it cannot resolve
     */
    void checkSampleRate(double sampleRateHz) {
        double highest = Math.max(analysisHighHz, searchHighHz);
        if (!(sampleRateHz > 2 * highest) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be finite and above " + 2 * highest
                    + " Hz (twice the top of the analysis band), got " + sampleRateHz + " Hz");
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + name + "' must be > 0 and finite, got " + value);
        }
    }

    private static void above(String name, double value, String lowerName, double lower) {
        if (!(value > lower) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be > '" + lowerName + "' (" + lower + ") and finite, got " + value);
        }
    }
}
