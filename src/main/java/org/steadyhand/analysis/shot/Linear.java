package org.steadyhand.analysis.shot;

import java.util.Optional;

/** Small dense linear systems for the fits in this package. Stateless. */
final class Linear {
    private Linear() {}

    /** The solution of {@code a x = b} by Gaussian elimination with partial pivoting; empty when singular. */
    static Optional<double[]> solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
                    pivot = i;
                }
            }
            if (!(Math.abs(m[pivot][col]) > 1e-300)) {
                return Optional.empty();
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int i = col + 1; i < n; i++) {
                double f = m[i][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[i][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return Optional.empty();
            }
        }
        return Optional.of(x);
    }
}
