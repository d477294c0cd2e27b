package org.steadyhand.bench;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.steadyhand.analysis.tremor.StreamingTremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.Unit;

/**
 * Cost of tremor analysis at 1 kHz, 2 axes, default settings (2 s segments, 4 s window):
 * one streaming update (100 ms of new samples, so exactly one update per call), a bare JTransforms
 * {@code realForward} of one 2000-sample segment for comparison, and a batch analysis of 60 s.
 * Run with {@code bin/jmh TremorBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class TremorBenchmark {
    private static final double RATE_HZ = 1000;
    private static final int BLOCK = 100;

    private StreamingTremorAnalyzer streaming;
    private double[][] blockValues;
    private long[] blockTimes;
    private long nextTimeNanos;
    private DoubleFFT_1D fft;
    private double[] segment;
    private double[] fftWork;
    private TremorInput minute;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(1);
        streaming = new StreamingTremorAnalyzer(Unit.MILLIMETRE, 2, RATE_HZ, TremorSettings.defaults());
        blockValues = new double[2][BLOCK];
        blockTimes = new long[BLOCK];
        for (int i = 0; i < 50; i++) { // fill the 4 s window so every update averages 3 segments
            feedBlock(random);
        }
        fft = new DoubleFFT_1D(streaming.segmentSamples());
        segment = new double[streaming.segmentSamples()];
        fftWork = new double[segment.length];
        for (int i = 0; i < segment.length; i++) {
            segment[i] = random.nextGaussian();
        }
        double[] x = new double[60_000];
        double[] y = new double[60_000];
        for (int i = 0; i < x.length; i++) {
            double t = i / RATE_HZ;
            x[i] = 0.05 * Math.sin(2 * Math.PI * 9.5 * t)
                    + Math.cos(2 * Math.PI * 0.3 * t)
                    + 0.004 * random.nextGaussian();
            y[i] = 0.03 * Math.sin(2 * Math.PI * 9.5 * t + 1) + 0.004 * random.nextGaussian();
        }
        minute = TremorInput.uniform(Unit.MILLIMETRE, RATE_HZ, x, y);
    }

    private Optional<TremorMetrics> feedBlock(Random random) {
        for (int i = 0; i < BLOCK; i++) {
            blockTimes[i] = nextTimeNanos;
            nextTimeNanos += 1_000_000;
            double t = blockTimes[i] / 1e9;
            blockValues[0][i] = 0.05 * Math.sin(2 * Math.PI * 9.5 * t) + 0.004 * random.nextGaussian();
            blockValues[1][i] = 0.03 * Math.sin(2 * Math.PI * 9.5 * t + 1) + 0.004 * random.nextGaussian();
        }
        return streaming.accept(blockTimes, blockValues);
    }

    /** One 100 ms block of 2 axes in, one update out (block generation is not timed separately). */
    @Benchmark
    public Optional<TremorMetrics> streamingUpdate() {
        // Times must keep increasing, so the block is re-stamped, not re-generated: cheap next to an update.
        for (int i = 0; i < BLOCK; i++) {
            blockTimes[i] = nextTimeNanos;
            nextTimeNanos += 1_000_000;
        }
        return streaming.accept(blockTimes, blockValues);
    }

    /** Bare JTransforms realForward of one segment (2000 samples), copy included. */
    @Benchmark
    public double[] realForwardOneSegment() {
        System.arraycopy(segment, 0, fftWork, 0, segment.length);
        fft.realForward(fftWork);
        return fftWork;
    }

    /** Batch analysis of 60 s at 1 kHz, 2 axes. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TremorMetrics batchSixtySeconds() {
        return TremorAnalyzer.analyze(minute, TremorSettings.defaults());
    }
}
