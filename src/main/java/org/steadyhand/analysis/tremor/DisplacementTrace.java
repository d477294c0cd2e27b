package org.steadyhand.analysis.tremor;

import org.steadyhand.core.Unit;

/**
 * Turns one axis of the high-passed input, sample by sample, into tip displacement in µm for the
 * display waveform. Position is scaled; acceleration is integrated twice and angular rate once
 * (trapezoid rule), each integral high-passed at the analysis cut-off so that the unknown
 * integration constants and sensor offsets do not make it drift. Not thread-safe.
 */
final class DisplacementTrace {
    private final TremorSignalKind kind;
    private final double scale;
    private final double periodSeconds;
    private final TremorHighPass firstIntegralHighPass;
    private final TremorHighPass secondIntegralHighPass;
    private double previousInput;
    private double firstIntegral;
    private double previousFirst;
    private double secondIntegral;
    private boolean started;

    DisplacementTrace(Unit unit, double sampleRateHz, TremorSettings settings) {
        this.kind = TremorSignalKind.of(unit);
        this.scale = switch (unit) {
            case MILLIMETRE -> 1e3;
            case METRE_PER_SECOND_SQUARED -> 1e6;
            case RADIAN_PER_SECOND -> settings.leverArmMillimetres() * 1e3;
            default -> 1.0;
        };
        this.periodSeconds = 1.0 / sampleRateHz;
        this.firstIntegralHighPass = new TremorHighPass(sampleRateHz, settings.highPassCutoffHz());
        this.secondIntegralHighPass = new TremorHighPass(sampleRateHz, settings.highPassCutoffHz());
    }

    /** Starts a new contiguous run. */
    void reset() {
        started = false;
        firstIntegral = 0;
        secondIntegral = 0;
        firstIntegralHighPass.reset();
        secondIntegralHighPass.reset();
    }

    /** Displacement, µm, for the next high-passed input sample. */
    double next(double highPassed) {
        if (kind == TremorSignalKind.POSITION) {
            return highPassed * scale;
        }
        if (!started) {
            started = true;
            previousInput = highPassed;
            previousFirst = 0;
        }
        firstIntegral += 0.5 * (previousInput + highPassed) * periodSeconds;
        previousInput = highPassed;
        double first = firstIntegralHighPass.filter(firstIntegral);
        if (kind == TremorSignalKind.ANGULAR_RATE) {
            return first * scale;
        }
        secondIntegral += 0.5 * (previousFirst + first) * periodSeconds;
        previousFirst = first;
        return secondIntegralHighPass.filter(secondIntegral) * scale;
    }
}
