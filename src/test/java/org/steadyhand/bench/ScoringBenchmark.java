package org.steadyhand.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionMetrics;
import org.steadyhand.session.SessionScorer;
import org.steadyhand.session.SessionTelemetry;
import org.steadyhand.session.TrainingModule;

/**
 * Cost of scoring a whole 10-minute session recorded at 1 kHz (tip x, y, force: 600,000 samples
 * each), already in memory: the capsulorhexis module, which runs every analysis (tremor spectrum of
 * the tip plane, circle path, force). Run with {@code bin/jmh ScoringBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class ScoringBenchmark {
    private static final double RATE_HZ = 1000;
    private static final int SAMPLES = 600_000;

    private final SessionScorer scorer = new SessionScorer(SessionMetrics.withDefaults());
    private TrainingModule module;
    private SessionTelemetry telemetry;

    @Setup(Level.Trial)
    public void setUp() {
        module = ModuleCatalog.builtIn().require("capsulorhexis");
        Random random = new Random(3);
        long[] times = new long[SAMPLES];
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        double[] force = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / RATE_HZ;
            double lap = 2 * Math.PI * t / 18.0;
            times[i] = Math.round(t * 1e9);
            x[i] = 2.5 * Math.cos(lap) + 0.04 * Math.sin(2 * Math.PI * 9.5 * t) + 0.002 * random.nextGaussian();
            y[i] = 2.5 * Math.sin(lap) + 0.04 * Math.sin(2 * Math.PI * 9.5 * t + 1) + 0.002 * random.nextGaussian();
            force[i] = 3.0 + 0.4 * Math.sin(2 * Math.PI * 0.2 * t) + 0.05 * random.nextGaussian();
        }
        telemetry = new SessionTelemetry(
                Map.of(
                        ChannelNames.TIP_X, block(ChannelNames.TIP_X, Unit.MILLIMETRE, times, x),
                        ChannelNames.TIP_Y, block(ChannelNames.TIP_Y, Unit.MILLIMETRE, times, y),
                        ChannelNames.TIP_FORCE, block(ChannelNames.TIP_FORCE, Unit.MILLINEWTON, times, force)),
                List.of());
    }

    private static SampleBlock block(String name, Unit unit, long[] times, double[] values) {
        return new SampleBlock(new Channel(name, unit, RATE_HZ), times.clone(), values);
    }

    /** Metrics and score of the whole session. */
    @Benchmark
    public Optional<SessionScorer.ScoredSession> scoreTenMinuteSession() {
        return scorer.score(module, telemetry);
    }
}
