package org.steadyhand.analysis.hrv;

/**
 * Trend removal of an evenly sampled series before spectral estimation. Stateless.
 *
 * <p>Smoothness priors (Tarvainen, Ranta-aho, Karjalainen 2002, IEEE TBME 49:172): the trend is
 * {@code (I + λ² D₂ᵀD₂)⁻¹ z} with {@code D₂} the second-difference matrix; the result is {@code z}
 * minus that trend, a time-varying high-pass with cut-off about {@code 0.189·fs/√λ}. The
 * pentadiagonal system is solved by a banded LDLᵀ factorisation in O(n).
 */
final class Detrending {
    private Detrending() {}

    /** {@code z} without its trend, as a new array. */
    static double[] apply(double[] z, HrvSettings.Detrend kind, double lambda) {
        return switch (kind) {
            case NONE -> z.clone();
            case LINEAR -> linear(z);
            case SMOOTHNESS_PRIORS -> smoothnessPriors(z, lambda);
        };
    }

    /** Subtracts the least-squares line over the sample index (scipy.signal.detrend 'linear'). */
    static double[] linear(double[] z) {
        int n = z.length;
        double[] out = z.clone();
        if (n < 2) {
            return n == 1 ? new double[] {0} : out;
        }
        double meanK = (n - 1) / 2.0;
        double meanZ = 0;
        for (double v : z) {
            meanZ += v;
        }
        meanZ /= n;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            sxy += (k - meanK) * (z[k] - meanZ);
            sxx += (k - meanK) * (k - meanK);
        }
        double slope = sxy / sxx;
        for (int k = 0; k < n; k++) {
            out[k] = z[k] - (meanZ + slope * (k - meanK));
        }
        return out;
    }

    /** Subtracts the smoothness-priors trend with regularisation {@code lambda}. */
    static double[] smoothnessPriors(double[] z, double lambda) {
        int n = z.length;
        if (n < 3) {
            return linear(z);
        }
        double l2 = lambda * lambda;
        // Bands of A = I + λ² D₂ᵀD₂: main diagonal, first and second super-diagonals.
        double[] d0 = new double[n];
        double[] d1 = new double[n];
        double[] d2 = new double[n];
        double[] c = {1, -2, 1};
        for (int i = 0; i < n - 2; i++) {
            for (int a = 0; a < 3; a++) {
                d0[i + a] += l2 * c[a] * c[a];
                if (a < 2) {
                    d1[i + a] += l2 * c[a] * c[a + 1];
                }
            }
            d2[i] += l2 * c[0] * c[2];
        }
        for (int j = 0; j < n; j++) {
            d0[j] += 1;
        }
        double[] trend = solvePentadiagonal(d0, d1, d2, z);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = z[j] - trend[j];
        }
        return out;
    }

    /** Solves the symmetric positive-definite pentadiagonal system by LDLᵀ. */
    private static double[] solvePentadiagonal(double[] d0, double[] d1, double[] d2, double[] b) {
        int n = d0.length;
        double[] d = new double[n];
        double[] l1 = new double[n];
        double[] l2 = new double[n];
        for (int j = 0; j < n; j++) {
            double v = d0[j];
            if (j >= 1) {
                v -= l1[j - 1] * l1[j - 1] * d[j - 1];
            }
            if (j >= 2) {
                v -= l2[j - 2] * l2[j - 2] * d[j - 2];
            }
            d[j] = v;
            double off = d1[j];
            if (j >= 1) {
                off -= l2[j - 1] * l1[j - 1] * d[j - 1];
            }
            l1[j] = off / d[j];
            l2[j] = d2[j] / d[j];
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            double v = b[j];
            if (j >= 1) {
                v -= l1[j - 1] * x[j - 1];
            }
            if (j >= 2) {
                v -= l2[j - 2] * x[j - 2];
            }
            x[j] = v;
        }
        for (int j = 0; j < n; j++) {
            x[j] /= d[j];
        }
        for (int j = n - 1; j >= 0; j--) {
            if (j + 1 < n) {
                x[j] -= l1[j] * x[j + 1];
            }
            if (j + 2 < n) {
                x[j] -= l2[j] * x[j + 2];
            }
        }
        return x;
    }
}
