package org.steadyhand.device.sim;

/**
 * A second-order IIR filter section, {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] -
 * a2 y[n-2]} (the sign convention of scipy.signal, with a0 = 1), in direct form I: the rig runs it
 * at 1 kHz with cut-offs well below 1 Hz, where direct form I keeps its precision in double.
 *
 * <p>Holds its own state; not thread-safe.
 */
final class Biquad {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;

    Biquad(double b0, double b1, double b2, double a1, double a2) {
        this.b0 = b0;
        this.b1 = b1;
        this.b2 = b2;
        this.a1 = a1;
        this.a2 = a2;
    }

    /**
     * A second-order Butterworth low-pass, by the bilinear transform with the cut-off pre-warped,
     * the same design as {@code scipy.signal.butter(2, cutoffHz, fs=sampleRateHz)}.
     */
    static Biquad butterworthLowPass(double cutoffHz, double sampleRateHz) {
        if (!(cutoffHz > 0 && cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException(
                    "cut-off must be between 0 and " + sampleRateHz / 2 + " Hz, got " + cutoffHz + " Hz");
        }
        double k = StrictMath.tan(Math.PI * cutoffHz / sampleRateHz);
        double kk = k * k;
        double norm = 1.0 / (1.0 + Math.sqrt(2.0) * k + kk);
        double b0 = kk * norm;
        return new Biquad(b0, 2.0 * b0, b0, 2.0 * (kk - 1.0) * norm, (1.0 - Math.sqrt(2.0) * k + kk) * norm);
    }

    double filter(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

    /** Numerator then denominator coefficients: {@code {b0, b1, b2, a1, a2}}. */
    double[] coefficients() {
        return new double[] {b0, b1, b2, a1, a2};
    }

    /**
     * The variance of the output when the input is white noise of unit variance, i.e. the sum of
     * the squared impulse response, summed until the remaining terms no longer change it. Used to
     * scale noise so that the filtered process has a chosen RMS.
     */
    double unitNoiseVariance() {
        Biquad fresh = new Biquad(b0, b1, b2, a1, a2);
        double sum = 0;
        double input = 1.0;
        int quietRun = 0;
        for (int n = 0; n < 50_000_000 && quietRun < 1000; n++) {
            double h = fresh.filter(input);
            input = 0.0;
            double term = h * h;
            sum += term;
            quietRun = term < sum * 1e-18 ? quietRun + 1 : 0;
        }
        return sum;
    }
}
