package org.steadyhand.analysis.tremor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an input into contiguous runs on a uniform grid, ready for the filter and Welch.
 *
 * <p>Uniform input is split only at non-finite samples. Timestamped input must strictly increase;
 * its nominal rate is the one given or 1 / the median interval. A non-finite value on any axis, or
 * an interval longer than {@link TremorSettings#maxIntervalPeriods()} nominal periods, ends a run;
 * within a run the samples are resampled at the nominal rate from the run's first timestamp by
 * linear interpolation, which absorbs jitter and bridges short drop-outs.
 *
 * @param runs the runs, in time order
 * @param sampleRateHz the nominal rate of every run
 * @param gapCount breaks between runs
 * @param nonFiniteSampleCount samples dropped because a value was NaN or infinite
 */
record ContiguousRuns(List<Run> runs, double sampleRateHz, int gapCount, long nonFiniteSampleCount) {

    /** One run: samples at {@code startNanos + k * periodNanos}, one array per axis. */
    record Run(long startNanos, double periodNanos, double[][] axes) {
        int length() {
            return axes[0].length;
        }

        double timeNanos(int k) {
            return startNanos + k * periodNanos;
        }
    }

    static ContiguousRuns split(TremorInput input, double maxIntervalPeriods) {
        double[][] axes = input.axes().toArray(new double[0][]);
        return switch (input.timing()) {
            case TremorInput.Uniform uniform -> splitUniform(axes, uniform.sampleRateHz());
            case TremorInput.Timestamped stamped -> {
                checkIncreasing(stamped.timesNanos());
                yield splitTimestamped(
                        axes,
                        stamped.timesNanos(),
                        stamped.nominalSampleRateHz().orElseGet(() -> medianRateHz(stamped.timesNanos())),
                        maxIntervalPeriods);
            }
        };
    }

    private static ContiguousRuns splitUniform(double[][] axes, double rateHz) {
        double period = 1e9 / rateHz;
        List<Run> runs = new ArrayList<>();
        int n = axes[0].length;
        int gaps = 0;
        long dropped = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean finite = i < n && finite(axes, i);
            if (finite && start < 0) {
                if (!runs.isEmpty()) {
                    gaps++;
                }
                start = i;
            } else if (!finite && start >= 0) {
                runs.add(new Run(Math.round(start * period), period, slice(axes, start, i)));
                start = -1;
            }
            if (!finite && i < n) {
                dropped++;
            }
        }
        return new ContiguousRuns(runs, rateHz, gaps, dropped);
    }

    private static ContiguousRuns splitTimestamped(double[][] axes, long[] times, double rateHz, double maxPeriods) {
        double period = 1e9 / rateHz;
        List<Run> runs = new ArrayList<>();
        int gaps = 0;
        long dropped = 0;
        int start = -1;
        int previous = -1;
        boolean broken = false;
        for (int i = 0; i < times.length; i++) {
            if (!finite(axes, i)) {
                dropped++;
                broken = true;
                continue;
            }
            if (start >= 0 && (broken || times[i] - times[previous] > maxPeriods * period)) {
                runs.add(resample(axes, times, start, previous, period));
                gaps++;
                start = -1;
            }
            if (start < 0) {
                start = i;
            }
            previous = i;
            broken = false;
        }
        if (start >= 0) {
            runs.add(resample(axes, times, start, previous, period));
        }
        return new ContiguousRuns(runs, rateHz, gaps, dropped);
    }

    /** Linear interpolation of finite samples first..last (inclusive) onto the grid. */
    private static Run resample(double[][] axes, long[] times, int first, int last, double period) {
        int count = (int) Math.floor((times[last] - times[first]) / period) + 1;
        double[][] out = new double[axes.length][count];
        int j = first;
        for (int k = 0; k < count; k++) {
            double t = times[first] + k * period;
            while (j < last && times[j + 1] <= t) {
                j++;
            }
            if (j == last) {
                for (int a = 0; a < axes.length; a++) {
                    out[a][k] = axes[a][last];
                }
                continue;
            }
            double w = (t - times[j]) / (times[j + 1] - times[j]);
            for (int a = 0; a < axes.length; a++) {
                out[a][k] = (1 - w) * axes[a][j] + w * axes[a][j + 1];
            }
        }
        return new Run(times[first], period, out);
    }

    /** 1 / median interval, Hz, of increasing times. */
    private static double medianRateHz(long[] times) {
        if (times.length < 2) {
            throw new IllegalArgumentException("need at least two timestamps to find the sample rate, got "
                    + times.length + "; give the nominal rate");
        }
        long[] intervals = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            intervals[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(intervals);
        int mid = intervals.length / 2;
        double median = intervals.length % 2 == 1 ? intervals[mid] : 0.5 * (intervals[mid - 1] + intervals[mid]);
        return 1e9 / median;
    }

    static void checkIncreasing(long[] times) {
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("timestamps must strictly increase, but sample " + i + " at "
                        + times[i] + " ns does not come after sample " + (i - 1) + " at " + times[i - 1] + " ns");
            }
        }
    }

    private static boolean finite(double[][] axes, int i) {
        for (double[] axis : axes) {
            if (!Double.isFinite(axis[i])) {
                return false;
            }
        }
        return true;
    }

    private static double[][] slice(double[][] axes, int from, int to) {
        double[][] out = new double[axes.length][];
        for (int a = 0; a < axes.length; a++) {
            out[a] = Arrays.copyOfRange(axes[a], from, to);
        }
        return out;
    }
}
