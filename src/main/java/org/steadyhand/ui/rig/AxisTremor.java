package org.steadyhand.ui.rig;

import org.steadyhand.analysis.tremor.TremorHighPass;
import org.steadyhand.core.SampleBlock;

/**
 * One position axis with voluntary motion removed: high-passes each sample ({@link TremorHighPass},
 * 2 Hz) and keeps the last second of the result for the RMS.
 *
 * <p>The filter is primed with the first sample, and again after a gap in the data, so a hand held
 * millimetres from the origin (or a replugged device) does not ring through the display.
 *
 * <p>Not thread-safe; owned by {@link LiveSignals}.
 */
final class AxisTremor {
    /** RMS window, s: long enough for ten periods of an 8-12 Hz tremor, short enough to follow it. */
    static final double RMS_WINDOW_SECONDS = 1.0;
    /** A pause longer than this many sample periods counts as a gap and re-primes the filter. */
    private static final int GAP_PERIODS = 5;

    private TremorHighPass highPass;
    private double rateHz;
    private double[] window = new double[0];
    private int windowNext;
    private int windowFilled;
    private long lastNanos = Long.MIN_VALUE;

    /**
     * Filters a block; each output (in the display unit) also goes to {@code trace} when not null.
     *
     * @param toDisplay factor from the block's unit to the display unit
     */
    void accept(SampleBlock block, double toDisplay, TraceBuffer trace) {
        double rate = block.channel().nominalRateHz();
        if (highPass == null || rate != rateHz) {
            start(rate);
        }
        long[] times = block.timesNanos();
        double[] values = block.values();
        long gapNanos = (long) (GAP_PERIODS * block.channel().nominalPeriodNanos());
        for (int i = 0; i < values.length; i++) {
            double x = values[i] * toDisplay;
            if (lastNanos == Long.MIN_VALUE || times[i] - lastNanos > gapNanos || times[i] < lastNanos) {
                highPass.primeWith(x);
                windowFilled = 0;
                if (trace != null) {
                    trace.clear();
                }
            }
            lastNanos = times[i];
            double tremor = highPass.filter(x);
            window[windowNext] = tremor;
            windowNext = (windowNext + 1) % window.length;
            windowFilled = Math.min(window.length, windowFilled + 1);
            if (trace != null) {
                trace.add(times[i], tremor);
            }
        }
    }

    /** Mean square over the last second, or NaN until a full second has been seen. */
    double meanSquare() {
        if (window.length == 0 || windowFilled < window.length) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : window) {
            sum += v * v;
        }
        return sum / window.length;
    }

    private void start(double rate) {
        rateHz = rate;
        highPass = TremorHighPass.atDefaultCutoff(rate);
        window = new double[(int) Math.max(1, Math.round(rate * RMS_WINDOW_SECONDS))];
        windowNext = 0;
        windowFilled = 0;
        lastNanos = Long.MIN_VALUE;
    }
}
