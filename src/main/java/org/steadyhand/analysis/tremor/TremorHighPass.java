package org.steadyhand.analysis.tremor;

/**
 * Removes voluntary motion from a position signal so that only tremor is left: a second-order
 * Butterworth high-pass, by default at 2 Hz, run sample by sample.
 *
 * <p>Why 2 Hz: 98.9% of the power of eye surgeons' voluntary hand motion lies below 2 Hz, while
 * physiological tremor sits at 8-12 Hz (CMU, "Characteristics of hand motion of eye surgeons";
 * DOMAIN.md). A second-order filter keeps the phase shift at 10 Hz small (a lead of about 16
 * degrees) and settles within about half a second, which matters for a live display.
 *
 * <p>The coefficients are those of {@code scipy.signal.butter(2, cutoff, 'highpass', fs=rate)}
 * (analogue prototype, bilinear transform with the cut-off pre-warped); the filter runs in direct
 * form II transposed, as {@code scipy.signal.lfilter} does, so outputs match it sample for sample.
 *
 * <p>Not thread-safe: one instance per signal, used from one thread.
 */
public final class TremorHighPass {
    /** Default cut-off, Hz (see the class comment for the source). */
    public static final double DEFAULT_CUTOFF_HZ = 2.0;

    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double z1;
    private double z2;

    /**
     * @param sampleRateHz rate of the input samples, &gt; 2 x cut-off
     * @param cutoffHz -3 dB frequency, &gt; 0
     */
    public TremorHighPass(double sampleRateHz, double cutoffHz) {
        if (!(cutoffHz > 0) || !(sampleRateHz > 2 * cutoffHz) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("'sampleRateHz' must be finite and above twice the cut-off of "
                    + cutoffHz + " Hz, got " + sampleRateHz);
        }
        // Pre-warped analogue cut-off, normalised: K = tan(pi fc / fs); Butterworth Q = 1/sqrt(2).
        double k = Math.tan(Math.PI * cutoffHz / sampleRateHz);
        double norm = 1.0 / (1.0 + Math.sqrt(2.0) * k + k * k);
        b0 = norm;
        b1 = -2.0 * norm;
        b2 = norm;
        a1 = 2.0 * (k * k - 1.0) * norm;
        a2 = (1.0 - Math.sqrt(2.0) * k + k * k) * norm;
    }

    /** A filter at the {@link #DEFAULT_CUTOFF_HZ default cut-off}. */
    public static TremorHighPass atDefaultCutoff(double sampleRateHz) {
        return new TremorHighPass(sampleRateHz, DEFAULT_CUTOFF_HZ);
    }

    /** Feed-forward coefficients b0, b1, b2 (a copy). */
    public double[] numerator() {
        return new double[] {b0, b1, b2};
    }

    /** Feedback coefficients a0 (= 1), a1, a2 (a copy). */
    public double[] denominator() {
        return new double[] {1.0, a1, a2};
    }

    /** Filters one sample; returns the output in the input's unit. */
    public double filter(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    /** Filters {@code values} in place, continuing from the current state. */
    public void filterInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = filter(values[i]);
        }
    }

    /**
     * Sets the state as if the input had been {@code x} for ever (output 0), so that starting on a
     * hand held 3 mm from the origin does not ring for a second. Equals scipy's
     * {@code lfilter_zi(b, a) * x}.
     */
    public void primeWith(double x) {
        // Steady state of DF2T for constant x and y = 0: z1 = -b0 x, z2 = b2 x (b0 + b1 + b2 = 0).
        z1 = -b0 * x;
        z2 = b2 * x;
    }

    /** Back to rest (zero state), as before the first sample. */
    public void reset() {
        z1 = 0;
        z2 = 0;
    }
}
