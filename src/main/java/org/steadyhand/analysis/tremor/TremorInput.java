package org.steadyhand.analysis.tremor;

import java.util.List;
import java.util.OptionalDouble;
import org.steadyhand.core.Unit;

/**
 * One recording to analyse: one to three axes (x, y[, z]) of the same quantity sharing their
 * sample times. The tremor of the tip is the vector: the axes' spectra are summed.
 *
 * <p>The arrays are not copied (a minute at 2 kHz is large); callers must not change them while an
 * analysis runs. Invariants: at least one sample, all axes as long as the time base.
 *
 * @param unit mm or µm (position), m/s² (acceleration) or rad/s (angular rate)
 * @param timing uniform at a rate, or per-sample timestamps
 * @param axes one array per axis, values in {@code unit}; NaN marks a lost sample
 */
public record TremorInput(Unit unit, Timing timing, List<double[]> axes) {

    /** How the samples are spaced in time. */
    public sealed interface Timing permits Uniform, Timestamped {}

    /** Exactly uniform samples at {@code sampleRateHz}, the first at time 0. */
    public record Uniform(double sampleRateHz) implements Timing {
        public Uniform {
            if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
                throw new IllegalArgumentException("'sampleRateHz' must be > 0 and finite, got " + sampleRateHz);
            }
        }
    }

    /**
     * Per-sample timestamps, which must strictly increase; jitter and gaps are allowed (see
     * {@link TremorAnalyzer}).
     *
     * @param timesNanos sample times, ns, any origin
     * @param nominalSampleRateHz the rate the device promises; empty: 1 / median interval
     */
    public record Timestamped(long[] timesNanos, OptionalDouble nominalSampleRateHz) implements Timing {
        public Timestamped {
            if (timesNanos.length == 0) {
                throw new IllegalArgumentException("'timesNanos' must not be empty");
            }
            nominalSampleRateHz.ifPresent(hz -> new Uniform(hz));
        }
    }

    public TremorInput {
        axes = List.copyOf(axes);
        TremorSignalKind.of(unit);
        if (axes.isEmpty() || axes.size() > 3) {
            throw new IllegalArgumentException("a tremor input needs 1 to 3 axes, got " + axes.size());
        }
        int length = axes.get(0).length;
        if (length == 0) {
            throw new IllegalArgumentException("a tremor input needs at least one sample, got none");
        }
        for (double[] axis : axes) {
            if (axis.length != length) {
                throw new IllegalArgumentException(
                        "all axes must have the same number of samples, got " + length + " and " + axis.length);
            }
        }
        if (timing instanceof Timestamped stamped && stamped.timesNanos().length != length) {
            throw new IllegalArgumentException("there must be one timestamp per sample, got "
                    + stamped.timesNanos().length + " times for " + length + " samples");
        }
    }

    /** Uniformly sampled axes. */
    public static TremorInput uniform(Unit unit, double sampleRateHz, double[]... axes) {
        return new TremorInput(unit, new Uniform(sampleRateHz), List.of(axes));
    }

    /** Timestamped axes; the nominal rate is taken from the median interval. */
    public static TremorInput timestamped(Unit unit, long[] timesNanos, double[]... axes) {
        return new TremorInput(unit, new Timestamped(timesNanos, OptionalDouble.empty()), List.of(axes));
    }

    /** What the input measures. */
    public TremorSignalKind kind() {
        return TremorSignalKind.of(unit);
    }

    /** Number of samples per axis. */
    public int sampleCount() {
        return axes.get(0).length;
    }
}
