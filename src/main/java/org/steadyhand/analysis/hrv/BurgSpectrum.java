package org.steadyhand.analysis.hrv;

/**
 * Autoregressive PSD by Burg's method (Kubios HRV's AR spectrum, order 16 by default): the model
 * {@code x[n] = -Σ a_k x[n-k] + e[n]} is fitted to the mean-removed series by minimising forward
 * and backward prediction errors stage by stage; the one-sided PSD is {@code 2σ² / (fs · |1 + Σ a_k
 * e^{-i2πfk/fs}|²)}, evaluated on {@value #GRID_POINTS} points from 0 to fs/2. Stateless.
 */
final class BurgSpectrum {
    /** Grid points of the evaluated PSD: 0.00195 Hz spacing at 4 Hz, finer than Welch's 300 s bins. */
    static final int GRID_POINTS = 1025;

    private BurgSpectrum() {}

    /** The Burg AR coefficients {@code a_1..a_p} and, last, the prediction error variance σ². */
    static double[] fit(double[] series, int order) {
        int n = series.length;
        if (n <= order + 1) {
            throw new IllegalArgumentException(
                    "an AR(" + order + ") model needs more than " + (order + 1) + " samples, got " + n);
        }
        double mean = 0;
        for (double v : series) {
            mean += v;
        }
        mean /= n;
        double[] f = new double[n];
        double[] b = new double[n];
        double power = 0;
        for (int i = 0; i < n; i++) {
            f[i] = series[i] - mean;
            b[i] = f[i];
            power += f[i] * f[i];
        }
        power /= n;
        double[] a = new double[order + 1];
        a[0] = 1;
        double[] previous = new double[order + 1];
        for (int m = 1; m <= order; m++) {
            double num = 0;
            double den = 0;
            for (int i = m; i < n; i++) {
                num += f[i] * b[i - 1];
                den += f[i] * f[i] + b[i - 1] * b[i - 1];
            }
            double k = -2 * num / den;
            System.arraycopy(a, 0, previous, 0, m + 1);
            for (int j = 1; j <= m; j++) {
                a[j] = previous[j] + k * previous[m - j];
            }
            for (int i = n - 1; i >= m; i--) {
                double fi = f[i];
                f[i] = fi + k * b[i - 1];
                b[i] = b[i - 1] + k * fi;
            }
            power *= 1 - k * k;
        }
        double[] out = new double[order + 1];
        System.arraycopy(a, 1, out, 0, order);
        out[order] = power;
        return out;
    }

    static PowerSpectrum estimate(double[] series, double sampleRateHz, int order) {
        double[] model = fit(series, order);
        double variance = model[order];
        double binWidth = sampleRateHz / 2 / (GRID_POINTS - 1);
        double[] psd = new double[GRID_POINTS];
        for (int g = 0; g < GRID_POINTS; g++) {
            double w = 2 * Math.PI * g * binWidth / sampleRateHz;
            double re = 1;
            double im = 0;
            for (int k = 1; k <= order; k++) {
                re += model[k - 1] * Math.cos(w * k);
                im -= model[k - 1] * Math.sin(w * k);
            }
            double oneSided = g == 0 || g == GRID_POINTS - 1 ? 1 : 2;
            psd[g] = oneSided * variance / (sampleRateHz * (re * re + im * im));
        }
        return new PowerSpectrum(binWidth, psd);
    }
}
