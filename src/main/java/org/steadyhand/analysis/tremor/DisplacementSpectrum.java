package org.steadyhand.analysis.tremor;

import org.steadyhand.core.Unit;

/**
 * Turns the PSD of the measured quantity into the displacement PSD of the instrument tip, µm²/Hz.
 *
 * <ul>
 *   <li>Position: used directly; mm² is scaled to µm².
 *   <li>Acceleration: integrating twice divides each frequency's amplitude by (2πf)², so the PSD by
 *       (2πf)⁴; for a sinusoid, displacement amplitude = a_peak / (2πf)² (DOMAIN.md: 50 µm at 10 Hz
 *       is about 0.2 m/s²). m² is scaled to µm².
 *   <li>Angular rate: integrating once gives the angle PSD, rate PSD / (2πf)²; for small angles the
 *       tip moves by the lever arm times the angle, so the PSD is multiplied by the lever arm
 *       squared. Pass the axes that tilt the instrument; a rotation about its own long axis does not
 *       move the tip.
 * </ul>
 *
 * The 0 Hz bin of acceleration and rate is set to 0 (undefined there; removed by the high-pass).
 */
final class DisplacementSpectrum {
    private DisplacementSpectrum() {}

    /** A new array: {@code psd} (in {@code unit}²/Hz) as displacement PSD, µm²/Hz. */
    static double[] of(double[] psd, double binWidthHz, Unit unit, double leverArmMillimetres) {
        double[] out = new double[psd.length];
        TremorSignalKind kind = TremorSignalKind.of(unit);
        double positionScale = unit == Unit.MILLIMETRE ? 1e6 : 1.0;
        double leverMicrometres = leverArmMillimetres * 1e3;
        for (int k = 0; k < psd.length; k++) {
            double omega = 2 * Math.PI * k * binWidthHz;
            out[k] = switch (kind) {
                case POSITION -> psd[k] * positionScale;
                case ACCELERATION -> k == 0 ? 0 : psd[k] / (omega * omega * omega * omega) * 1e12;
                case ANGULAR_RATE -> k == 0 ? 0 : psd[k] / (omega * omega) * leverMicrometres * leverMicrometres;
            };
        }
        return out;
    }
}
