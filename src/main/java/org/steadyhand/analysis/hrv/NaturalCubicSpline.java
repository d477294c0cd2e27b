package org.steadyhand.analysis.hrv;

/**
 * Natural cubic spline through points with strictly increasing abscissae: second derivative zero
 * at both ends, as {@code scipy.interpolate.CubicSpline(x, y, bc_type='natural')}. Built by solving
 * the tridiagonal system for the knot second derivatives (Thomas algorithm, O(n)). Outside the
 * knots it extrapolates the end polynomials. Immutable, thread-safe.
 */
final class NaturalCubicSpline {
    private final double[] x;
    private final double[] y;
    /** Second derivatives at the knots. */
    private final double[] m;

    NaturalCubicSpline(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + n + " and " + y.length);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a spline needs at least 2 points, got " + n);
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("spline abscissae must increase, x[" + i + "] = " + x[i]);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.m = new double[n];
        if (n > 2) {
            solveSecondDerivatives();
        }
    }

    private void solveSecondDerivatives() {
        int n = x.length;
        int inner = n - 2;
        double[] diag = new double[inner];
        double[] upper = new double[inner];
        double[] rhs = new double[inner];
        for (int i = 1; i <= inner; i++) {
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            diag[i - 1] = 2 * (h0 + h1);
            upper[i - 1] = h1;
            rhs[i - 1] = 6 * ((y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0);
        }
        // Forward elimination; the sub-diagonal element of row r is h_r = x[r+1] - x[r].
        for (int r = 1; r < inner; r++) {
            double lower = x[r + 1] - x[r];
            double factor = lower / diag[r - 1];
            diag[r] -= factor * upper[r - 1];
            rhs[r] -= factor * rhs[r - 1];
        }
        m[inner] = rhs[inner - 1] / diag[inner - 1];
        for (int r = inner - 2; r >= 0; r--) {
            m[r + 1] = (rhs[r] - upper[r] * m[r + 2]) / diag[r];
        }
    }

    /** The spline's value at {@code t}. */
    double value(double t) {
        int i = segment(t);
        double h = x[i + 1] - x[i];
        double a = (x[i + 1] - t) / h;
        double b = (t - x[i]) / h;
        return a * y[i] + b * y[i + 1] + ((a * a * a - a) * m[i] + (b * b * b - b) * m[i + 1]) * h * h / 6;
    }

    /** Values at {@code count} points {@code from}, {@code from + step}, ... */
    double[] sample(double from, double step, int count) {
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = value(from + k * step);
        }
        return out;
    }

    private int segment(double t) {
        int lo = 0;
        int hi = x.length - 1;
        if (t <= x[0]) {
            return 0;
        }
        if (t >= x[hi]) {
            return hi - 1;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
