package org.steadyhand.analysis.hrv;

import java.util.OptionalDouble;

/**
 * Spectral HRV in the Task Force 1996 bands (DOMAIN.md): VLF [0, 0.04), LF [0.04, 0.15), HF
 * [0.15, 0.40) Hz, from the spectrum chosen in the settings.
 *
 * @param method the estimator used
 * @param vlfMs2 absolute VLF power, ms²
 * @param lfMs2 absolute LF power, ms²
 * @param hfMs2 absolute HF power, ms²
 * @param totalMs2 VLF + LF + HF, ms²
 * @param lfHf LF / HF; empty if HF is 0
 * @param vlfPeakHz frequency of the largest VLF bin
 * @param lfPeakHz frequency of the largest LF bin
 * @param hfPeakHz frequency of the largest HF bin
 * @param spectrum the PSD the powers were taken from
 */
public record FrequencyDomain(
        HrvSettings.SpectrumMethod method,
        double vlfMs2,
        double lfMs2,
        double hfMs2,
        double totalMs2,
        OptionalDouble lfHf,
        OptionalDouble vlfPeakHz,
        OptionalDouble lfPeakHz,
        OptionalDouble hfPeakHz,
        PowerSpectrum spectrum) {
    public static final double VLF_LOW_HZ = 0;
    public static final double LF_LOW_HZ = 0.04;
    public static final double HF_LOW_HZ = 0.15;
    public static final double HF_HIGH_HZ = 0.40;

    static FrequencyDomain of(HrvSettings.SpectrumMethod method, PowerSpectrum psd) {
        double vlf = psd.bandPowerMs2(VLF_LOW_HZ, LF_LOW_HZ);
        double lf = psd.bandPowerMs2(LF_LOW_HZ, HF_LOW_HZ);
        double hf = psd.bandPowerMs2(HF_LOW_HZ, HF_HIGH_HZ);
        return new FrequencyDomain(
                method,
                vlf,
                lf,
                hf,
                vlf + lf + hf,
                hf > 0 ? OptionalDouble.of(lf / hf) : OptionalDouble.empty(),
                psd.peakHz(VLF_LOW_HZ, LF_LOW_HZ),
                psd.peakHz(LF_LOW_HZ, HF_LOW_HZ),
                psd.peakHz(HF_LOW_HZ, HF_HIGH_HZ),
                psd);
    }

    /** Relative power of a band in percent of {@code totalMs2}; 0 if there is no power. */
    public double percentOfTotal(double bandMs2) {
        return totalMs2 > 0 ? 100 * bandMs2 / totalMs2 : 0;
    }

    /** LF in normalised units, 100 · LF / (LF + HF); 0 if both are 0. */
    public double lfNormalisedUnits() {
        return lfMs2 + hfMs2 > 0 ? 100 * lfMs2 / (lfMs2 + hfMs2) : 0;
    }

    /** HF in normalised units, 100 · HF / (LF + HF); 0 if both are 0. */
    public double hfNormalisedUnits() {
        return lfMs2 + hfMs2 > 0 ? 100 * hfMs2 / (lfMs2 + hfMs2) : 0;
    }
}
