package org.steadyhand.analysis.tremor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Unit;

/**
 * Live tremor analysis: fed blocks of samples as they arrive, it produces updated
 * {@link TremorMetrics} every {@link TremorSettings#updateSeconds()} (default 100 ms) over a
 * sliding window ({@link TremorSettings#windowSeconds()}, default 4 s), at the cost of about one
 * FFT of a segment per axis per update.
 *
 * <p>How: samples are resampled onto the nominal grid as in batch ({@link ContiguousRuns}: linear
 * interpolation, a NaN or an interval over {@link TremorSettings#maxIntervalPeriods()} periods is
 * a gap) and high-passed sample by sample, the filter primed with the first value of a run. Each
 * update takes the periodogram of the newest segment (segments therefore start on the update grid)
 * and keeps it in a ring; the window's spectrum is the average of the ring entries that tile it
 * with 50% overlap, ending at the newest sample. That equals the batch Welch of the same samples.
 * To make the tiling exact, the half-segment is rounded to whole update steps and the window down
 * to whole half-segments (no change at the usual rates with the defaults: 2 s segments, 4 s
 * window, 3 segments). Until the window has filled, updates average the segments available (the
 * first after one segment, 2 s). A gap resets the window, and {@link #latest()} is empty until the
 * new run holds a segment.
 *
 * <p>{@code gapCount} and {@code skippedSampleCount} in the metrics count since construction:
 * non-finite samples, and grid samples of runs that ended before holding a whole segment.
 *
 * <p>Not thread-safe: one instance per stream, fed from one thread.
 */
public final class StreamingTremorAnalyzer {
    private final Unit unit;
    private final TremorSettings settings;
    private final double rateHz;
    private final double periodNanos;
    private final int step;
    private final int hopSteps;
    private final int segment;
    private final int segmentsPerWindow;
    private final int windowSamples;
    private final WelchPsd welch;
    private final double[] frequencies;
    private final TremorHighPass[] highPasses;
    private final DisplacementTrace[] traces;
    private final double[][] samples;
    private final double[][] displacement;
    private final double[][] periodograms;
    private final double[] average;
    private final double[] previousValues;
    private final double[] current;
    private final double[] interpolated;

    private boolean seenAny;
    private long lastTimeNanos;
    private boolean inRun;
    private boolean broken;
    private long runStartNanos;
    private long gridIndex;
    private long previousTimeNanos;
    private long runSamples;
    private long runUpdates;
    private int gapCount;
    private long skippedSamples;
    private Optional<TremorMetrics> latest = Optional.empty();

    /**
     * @param unit of all axes: mm, µm, m/s² or rad/s
     * @param axisCount 1 to 3
     * @param nominalSampleRateHz the rate the device promises; samples are resampled to it
     */
    public StreamingTremorAnalyzer(Unit unit, int axisCount, double nominalSampleRateHz, TremorSettings settings) {
        TremorSignalKind.of(unit);
        if (axisCount < 1 || axisCount > 3) {
            throw new IllegalArgumentException("'axisCount' must be 1 to 3, got " + axisCount);
        }
        settings.checkSampleRate(nominalSampleRateHz);
        this.unit = unit;
        this.settings = settings;
        this.rateHz = nominalSampleRateHz;
        this.periodNanos = 1e9 / nominalSampleRateHz;
        this.step = Math.max(1, (int) Math.round(settings.updateSeconds() * nominalSampleRateHz));
        int half = TremorAnalyzer.segmentLength(settings.segmentSeconds(), nominalSampleRateHz) / 2;
        this.hopSteps = Math.max(1, (int) Math.round((double) half / step));
        this.segment = 2 * hopSteps * step;
        long window = Math.round(settings.windowSeconds() * nominalSampleRateHz);
        this.segmentsPerWindow = (int) Math.max(1, (window - segment) / (segment / 2) + 1);
        this.windowSamples = segment + (segmentsPerWindow - 1) * (segment / 2);
        this.welch = new WelchPsd(segment, nominalSampleRateHz);
        this.frequencies = TremorAnalyzer.frequencies(welch);
        this.highPasses = new TremorHighPass[axisCount];
        this.traces = new DisplacementTrace[axisCount];
        for (int a = 0; a < axisCount; a++) {
            highPasses[a] = new TremorHighPass(nominalSampleRateHz, settings.highPassCutoffHz());
            traces[a] = new DisplacementTrace(unit, nominalSampleRateHz, settings);
        }
        this.samples = new double[axisCount][segment];
        this.displacement = new double[axisCount][windowSamples];
        this.periodograms = new double[(segmentsPerWindow - 1) * hopSteps + 1][welch.binCount()];
        this.average = new double[welch.binCount()];
        this.previousValues = new double[axisCount];
        this.current = new double[axisCount];
        this.interpolated = new double[axisCount];
    }

    /** Samples per Welch segment after rounding to whole update steps. */
    public int segmentSamples() {
        return segment;
    }

    /** Samples in a full window after rounding to whole half-segments. */
    public int windowSamples() {
        return windowSamples;
    }

    /**
     * Feeds one block: strictly increasing times (also after the previous block) and one array of
     * values per axis, NaN for a lost sample.
     *
     * @return the newest metrics produced by this block, empty if no update fell in it
     * @throws IllegalArgumentException for mismatched lengths or times that do not increase;
     *     nothing of the block is used then
     */
    public Optional<TremorMetrics> accept(long[] timesNanos, double[]... axes) {
        check(timesNanos, axes);
        Optional<TremorMetrics> produced = Optional.empty();
        for (int i = 0; i < timesNanos.length; i++) {
            if (sample(timesNanos[i], axes, i)) {
                produced = latest;
            }
        }
        return produced;
    }

    /** The metrics of the latest update in the current run, if any. */
    public Optional<TremorMetrics> latest() {
        return latest;
    }

    private void check(long[] times, double[][] axes) {
        if (axes.length != samples.length) {
            throw new IllegalArgumentException("expected " + samples.length + " axes, got " + axes.length);
        }
        for (double[] axis : axes) {
            if (axis.length != times.length) {
                throw new IllegalArgumentException("there must be one value per timestamp on every axis, got "
                        + axis.length + " values for " + times.length + " times");
            }
        }
        ContiguousRuns.checkIncreasing(times);
        if (seenAny && times.length > 0 && times[0] <= lastTimeNanos) {
            throw new IllegalArgumentException("timestamps must strictly increase, but the block starts at " + times[0]
                    + " ns, not after the previous sample at " + lastTimeNanos + " ns");
        }
    }

    /** Takes one raw sample; true if an update was produced. */
    private boolean sample(long t, double[][] axes, int i) {
        seenAny = true;
        lastTimeNanos = t;
        boolean finite = true;
        for (int a = 0; a < axes.length; a++) {
            current[a] = axes[a][i];
            finite &= Double.isFinite(current[a]);
        }
        if (!finite) {
            skippedSamples++;
            broken |= inRun;
            return false;
        }
        if (inRun && (broken || t - previousTimeNanos > settings.maxIntervalPeriods() * periodNanos)) {
            endRun();
            gapCount++;
        }
        boolean updated = false;
        if (!inRun) {
            startRun(t);
            updated = emit(current);
            gridIndex = 1;
        } else {
            while (runStartNanos + gridIndex * periodNanos <= t) {
                double w = (runStartNanos + gridIndex * periodNanos - previousTimeNanos)
                        / (double) (t - previousTimeNanos);
                for (int a = 0; a < current.length; a++) {
                    interpolated[a] = (1 - w) * previousValues[a] + w * current[a];
                }
                updated |= emit(interpolated);
                gridIndex++;
            }
        }
        previousTimeNanos = t;
        System.arraycopy(current, 0, previousValues, 0, current.length);
        return updated;
    }

    private void startRun(long t) {
        inRun = true;
        broken = false;
        runStartNanos = t;
        gridIndex = 0;
        runSamples = 0;
        runUpdates = 0;
        for (int a = 0; a < highPasses.length; a++) {
            highPasses[a].reset();
            highPasses[a].primeWith(current[a]);
            traces[a].reset();
        }
    }

    private void endRun() {
        if (runUpdates == 0) {
            skippedSamples += runSamples;
        }
        inRun = false;
        latest = Optional.empty();
    }

    /** One grid sample through filter and trace; true if it completed an update. */
    private boolean emit(double[] values) {
        int position = (int) (runSamples % segment);
        int displayPosition = (int) (runSamples % windowSamples);
        for (int a = 0; a < values.length; a++) {
            double y = highPasses[a].filter(values[a]);
            samples[a][position] = y;
            displacement[a][displayPosition] = traces[a].next(y);
        }
        runSamples++;
        if (runSamples < segment || runSamples % step != 0) {
            return false;
        }
        update();
        return true;
    }

    private void update() {
        double[] slot = periodograms[(int) (runUpdates % periodograms.length)];
        Arrays.fill(slot, 0);
        int oldest = (int) (runSamples % segment);
        for (double[] axis : samples) {
            welch.addPeriodogram(axis, oldest, slot);
        }
        runUpdates++;
        int available = (int) Math.min(segmentsPerWindow, (runUpdates - 1) / hopSteps + 1);
        Arrays.fill(average, 0);
        for (int m = 0; m < available; m++) {
            double[] entry = periodograms[(int) ((runUpdates - 1 - (long) m * hopSteps) % periodograms.length)];
            for (int k = 0; k < average.length; k++) {
                average[k] += entry[k];
            }
        }
        for (int k = 0; k < average.length; k++) {
            average[k] /= available;
        }
        int covered = segment + (available - 1) * (segment / 2);
        latest = Optional.of(SpectralFeatures.metrics(
                frequencies.clone(),
                DisplacementSpectrum.of(average, welch.binWidthHz(), unit, settings.leverArmMillimetres()),
                settings,
                waveform(covered),
                available,
                covered / rateHz,
                gapCount,
                skippedSamples));
    }

    private List<TremorWaveform> waveform(int covered) {
        long first = runSamples - covered;
        WaveformBuckets buckets = new WaveformBuckets(
                Math.round(runStartNanos + first * periodNanos),
                Math.round(runStartNanos + (runSamples - 1) * periodNanos),
                settings.waveformPoints(),
                displacement.length);
        for (long j = first; j < runSamples; j++) {
            double time = runStartNanos + j * periodNanos;
            int position = (int) (j % windowSamples);
            for (int a = 0; a < displacement.length; a++) {
                buckets.add(time, a, displacement[a][position]);
            }
        }
        return buckets.build();
    }
}
