package org.steadyhand.analysis.force;

/**
 * The force gradient dF/dt of a whole series, smoothed, for plotting how fast a trainee loads the
 * tissue: at each sample, the least-squares slope of the finite samples within ±half a window of
 * it, in mN/s.
 *
 * <p>Why a least-squares slope over a time window: differencing neighbouring samples multiplies
 * sensor noise by the sample rate (at 1 kHz, 0.01 mN of noise becomes ±10 mN/s). For evenly spaced
 * samples the centred slope equals the Savitzky–Golay first derivative of polynomial order 1 or 2
 * (they coincide for a symmetric window), a standard smoothing differentiator; defining the window
 * in time rather than in samples keeps it right for jittered or uneven sampling. The default
 * window, 50 ms, matches {@link ForceAnalyzer#RATE_WINDOW_SECONDS}; it passes the 8–12 Hz tremor
 * component of the force with moderate attenuation and removes sensor noise.
 *
 * <p>Edges and holes: near the ends the window is cut short (one-sided fit); a NaN or infinite
 * sample gets NaN and is left out of its neighbours' fits; a sample whose window holds fewer than
 * two finite samples gets NaN — choose a window spanning at least three samples at the series'
 * rate. The window should stay shorter than the gap limit, as the default is, so no fit bridges a
 * gap.
 *
 * <p>O(n × samples per window). Immutable and thread-safe.
 */
public final class ForceGradient {
    /** Default full window, seconds (see the class comment). */
    public static final double DEFAULT_WINDOW_SECONDS = ForceAnalyzer.RATE_WINDOW_SECONDS;

    private final long halfWindowNanos;

    /** @param windowSeconds the full window, centred on each sample; finite and &gt; 0 */
    public ForceGradient(double windowSeconds) {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("'windowSeconds' must be finite and > 0, got " + windowSeconds);
        }
        this.halfWindowNanos = ForceAnalyzer.secondsToNanos(windowSeconds / 2);
    }

    /** A gradient with the {@link #DEFAULT_WINDOW_SECONDS default window}. */
    public static ForceGradient withDefaultWindow() {
        return new ForceGradient(DEFAULT_WINDOW_SECONDS);
    }

    /**
     * dF/dt at each sample, mN/s.
     *
     * @param timesNanos strictly increasing sample times
     * @param forceMilliNewtons forces, mN
     * @return a new array, one gradient per sample (NaN where there is none, see the class comment)
     * @throws IllegalArgumentException for mismatched arrays or times that do not increase
     */
    public double[] of(long[] timesNanos, double[] forceMilliNewtons) {
        if (timesNanos.length != forceMilliNewtons.length) {
            throw new IllegalArgumentException(
                    timesNanos.length + " times but " + forceMilliNewtons.length + " force values");
        }
        if (timesNanos.length > 1) {
            ForceAnalyzer.requireIncreasing(timesNanos, 1, timesNanos[0]);
        }
        double[] gradient = new double[timesNanos.length];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < timesNanos.length; i++) {
            long centre = timesNanos[i];
            while (timesNanos[lo] < centre - halfWindowNanos) {
                lo++;
            }
            while (hi + 1 < timesNanos.length && timesNanos[hi + 1] <= centre + halfWindowNanos) {
                hi++;
            }
            gradient[i] = Double.isFinite(forceMilliNewtons[i])
                    ? slope(timesNanos, forceMilliNewtons, lo, hi, centre)
                    : Double.NaN;
        }
        return gradient;
    }

    /** Least-squares slope per second of the finite samples lo..hi, times taken relative to centre. */
    private static double slope(long[] times, double[] values, int lo, int hi, long centre) {
        int n = 0;
        double meanT = 0;
        double meanV = 0;
        for (int j = lo; j <= hi; j++) {
            if (Double.isFinite(values[j])) {
                n++;
                meanT += (times[j] - centre) * 1e-9;
                meanV += values[j];
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        meanT /= n;
        meanV /= n;
        double sxx = 0;
        double sxy = 0;
        for (int j = lo; j <= hi; j++) {
            if (Double.isFinite(values[j])) {
                double dt = (times[j] - centre) * 1e-9 - meanT;
                sxx += dt * dt;
                sxy += dt * (values[j] - meanV);
            }
        }
        return sxy / sxx;
    }
}
