package org.steadyhand.analysis.tremor;

/**
 * The displacement spectrum of the instrument tip for display: one-sided PSD summed over the axes,
 * after the voluntary-motion high-pass. Arrays are owned by this value; do not modify them.
 *
 * @param frequenciesHz bin centres, 0 to the Nyquist frequency in steps of 1 / segment length
 * @param psdSquareMicrometresPerHz displacement PSD, µm²/Hz (0 at 0 Hz for acceleration and rate)
 */
public record TremorSpectrum(double[] frequenciesHz, double[] psdSquareMicrometresPerHz) {
    public TremorSpectrum {
        if (frequenciesHz.length != psdSquareMicrometresPerHz.length) {
            throw new IllegalArgumentException("one PSD value per frequency, got " + frequenciesHz.length
                    + " frequencies and " + psdSquareMicrometresPerHz.length + " values");
        }
    }

    /** Bin width, Hz. */
    public double binWidthHz() {
        return frequenciesHz.length > 1 ? frequenciesHz[1] - frequenciesHz[0] : Double.NaN;
    }
}
