package org.steadyhand.analysis.tremor;

import java.util.Random;

/** Synthetic hand signals for tests, in mm unless named otherwise. */
final class TremorSignals {
    private TremorSignals() {}

    /** Offset + 0.3 Hz drift of {@code driftMm} + tremor sinusoid of {@code tremorUm} peak at {@code hz}. */
    static double position(double tSeconds, double driftMm, double tremorUm, double hz) {
        return 5.0
                + driftMm * Math.cos(2 * Math.PI * 0.3 * tSeconds)
                + tremorUm * 1e-3 * Math.sin(2 * Math.PI * hz * tSeconds)
                + 0.2 * tremorUm * 1e-3 * Math.sin(2 * Math.PI * 2 * hz * tSeconds + 0.5);
    }

    static double[] uniformPosition(double rateHz, double seconds, double driftMm, double tremorUm, double hz) {
        double[] x = new double[(int) Math.round(rateHz * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = position(i / rateHz, driftMm, tremorUm, hz);
        }
        return x;
    }

    static double[] whiteNoise(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sigma * random.nextGaussian();
        }
        return x;
    }

    static long[] uniformTimes(int n, long periodNanos, long startNanos) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = startNanos + i * periodNanos;
        }
        return t;
    }
}
