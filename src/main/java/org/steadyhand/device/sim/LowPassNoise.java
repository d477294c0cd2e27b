package org.steadyhand.device.sim;

/**
 * Slowly wandering noise with a chosen RMS: Gaussian white noise through a second-order
 * Butterworth low-pass (in effect a second-order Ornstein-Uhlenbeck process). The rig uses it for
 * voluntary drift of the hand, slow changes of instrument angle and force, and uneven speed.
 *
 * <p>Starts already stationary (the filter is run through a warm-up at construction), so the first
 * samples of a session wander as much as the later ones. Not thread-safe.
 */
final class LowPassNoise {
    private final Biquad filter;
    private final double inputSigma;
    private final SimRandom random;

    /**
     * @param cutoffHz -3 dB frequency of the low-pass
     * @param rms target standard deviation of the output, in the caller's unit
     * @param sampleRateHz rate at which {@link #next} is called
     */
    LowPassNoise(double cutoffHz, double rms, double sampleRateHz, SimRandom random) {
        if (!(rms >= 0)) {
            throw new IllegalArgumentException("rms must be >= 0, got " + rms);
        }
        this.filter = Biquad.butterworthLowPass(cutoffHz, sampleRateHz);
        this.inputSigma = rms / Math.sqrt(filter.unitNoiseVariance());
        this.random = random;
        // The poles' time constant is sqrt(2) / (2 pi fc) s; after about six of them the filter has
        // forgotten its zero start (residual e^-6, well below the noise).
        int warmUp = (int) Math.ceil(6 * Math.sqrt(2) * sampleRateHz / (2 * Math.PI * cutoffHz)) + 10;
        for (int i = 0; i < warmUp; i++) {
            next();
        }
    }

    double next() {
        return filter.filter(inputSigma * random.nextGaussian());
    }
}
