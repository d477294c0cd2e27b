package org.steadyhand.analysis.hrv;

import java.util.OptionalDouble;

/**
 * A one-sided power spectral density on an even frequency grid starting at 0 Hz.
 *
 * @param binWidthHz spacing of the grid, &gt; 0
 * @param densityMs2PerHz PSD of the RR series in ms²/Hz, bin {@code k} at {@code k · binWidthHz}
 */
public record PowerSpectrum(double binWidthHz, double[] densityMs2PerHz) {
    public PowerSpectrum {
        if (!(binWidthHz > 0)) {
            throw new IllegalArgumentException("'binWidthHz' must be > 0, got " + binWidthHz);
        }
        densityMs2PerHz = densityMs2PerHz.clone();
    }

    @Override
    public double[] densityMs2PerHz() {
        return densityMs2PerHz.clone();
    }

    /**
     * Power in {@code [lowHz, highHz)} in ms²: the sum of the bins whose frequency lies in the
     * band times the bin width (rectangle rule; bands that share an edge never count a bin twice).
     */
    public double bandPowerMs2(double lowHz, double highHz) {
        double sum = 0;
        for (int k = firstBin(lowHz); k < densityMs2PerHz.length && k * binWidthHz < highHz; k++) {
            sum += densityMs2PerHz[k];
        }
        return sum * binWidthHz;
    }

    /** Frequency of the largest bin in {@code [lowHz, highHz)}; empty if no bin lies there. */
    public OptionalDouble peakHz(double lowHz, double highHz) {
        int best = -1;
        for (int k = firstBin(lowHz); k < densityMs2PerHz.length && k * binWidthHz < highHz; k++) {
            if (best < 0 || densityMs2PerHz[k] > densityMs2PerHz[best]) {
                best = k;
            }
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best * binWidthHz);
    }

    private int firstBin(double lowHz) {
        int k = (int) Math.ceil(lowHz / binWidthHz - 1e-9);
        return Math.max(0, k);
    }
}
