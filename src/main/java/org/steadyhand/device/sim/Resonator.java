package org.steadyhand.device.sim;

/**
 * Physiological tremor on one axis: a two-pole resonator, i.e. the AR(2) process {@code y[n] = a1
 * y[n-1] + a2 y[n-2] + g e[n]} driven by Gaussian white noise {@code e}. Its poles sit at radius
 * {@code r = exp(-pi B / fs)} and angle {@code 2 pi f0 / fs}, which gives a narrow spectral peak at
 * the centre frequency {@code f0} with a half-power width of about {@code B}: a tremor that is
 * always present near one frequency but never a clean sine, as measured (DOMAIN.md: physiological
 * tremor 8-12 Hz, a 6-12 Hz peak always present).
 *
 * <p>The gain {@code g} comes from the closed-form stationary variance of an AR(2) process, so the
 * output's RMS is the requested one. The state starts drawn from the stationary distribution, so
 * there is no start-up transient. Not thread-safe.
 */
final class Resonator {
    private final double a1;
    private final double a2;
    private final double gain;
    private final SimRandom random;
    private double y1;
    private double y2;

    /**
     * @param centreHz frequency of the poles, the tremor frequency
     * @param bandwidthHz approximate half-power width of the spectral peak
     * @param sampleRateHz rate at which {@link #next} is called
     * @param rms target standard deviation of the output, in the caller's unit
     */
    Resonator(double centreHz, double bandwidthHz, double sampleRateHz, double rms, SimRandom random) {
        if (!(centreHz > 0 && centreHz < sampleRateHz / 2) || !(bandwidthHz > 0) || !(rms >= 0)) {
            throw new IllegalArgumentException("resonator needs 0 < centre < fs/2, bandwidth > 0 and rms >= 0, got "
                    + centreHz + " Hz, " + bandwidthHz + " Hz, " + rms);
        }
        double r = StrictMath.exp(-Math.PI * bandwidthHz / sampleRateHz);
        this.a1 = 2.0 * r * StrictMath.cos(2.0 * Math.PI * centreHz / sampleRateHz);
        this.a2 = -r * r;
        double unitSigma = Math.sqrt(unitVariance(a1, a2));
        this.gain = rms / unitSigma;
        this.random = random;
        // Stationary start: y[n-2] ~ N(0, rms^2), and y[n-1] given it with the lag-1 correlation
        // rho1 = a1 / (1 - a2) of an AR(2) process (Yule-Walker).
        double rho1 = a1 / (1.0 - a2);
        this.y2 = rms * random.nextGaussian();
        this.y1 = rho1 * y2 + rms * Math.sqrt(1.0 - rho1 * rho1) * random.nextGaussian();
    }

    /**
     * Stationary variance of {@code y[n] = a1 y[n-1] + a2 y[n-2] + e[n]} for white {@code e} of unit
     * variance: {@code (1 - a2) / ((1 + a2) ((1 - a2)^2 - a1^2))} (Box and Jenkins, AR(2)).
     */
    static double unitVariance(double a1, double a2) {
        return (1.0 - a2) / ((1.0 + a2) * ((1.0 - a2) * (1.0 - a2) - a1 * a1));
    }

    /** The next tremor sample. */
    double next() {
        return filter(random.nextGaussian());
    }

    /** One step of the recursion with a given input, for checking the filter against a reference. */
    double filter(double input) {
        double y = gain * input + a1 * y1 + a2 * y2;
        y2 = y1;
        y1 = y;
        return y;
    }

    /** Clears the state, so that {@link #filter} gives the impulse response of a resting filter. */
    void reset() {
        y1 = 0;
        y2 = 0;
    }

    /** {@code {a1, a2, g}}. */
    double[] coefficients() {
        return new double[] {a1, a2, gain};
    }

    /** Magnitude of the frequency response {@code g / (1 - a1 z^-1 - a2 z^-2)} at a frequency. */
    double magnitudeAt(double freqHz, double sampleRateHz) {
        double w = 2.0 * Math.PI * freqHz / sampleRateHz;
        double re = 1.0 - a1 * Math.cos(w) - a2 * Math.cos(2 * w);
        double im = a1 * Math.sin(w) + a2 * Math.sin(2 * w);
        return gain / Math.hypot(re, im);
    }
}
