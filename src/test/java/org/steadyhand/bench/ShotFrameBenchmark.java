package org.steadyhand.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.steadyhand.analysis.shot.FrameOutcome;
import org.steadyhand.analysis.shot.ShotFrameAnalyzer;
import org.steadyhand.analysis.shot.TargetPhotoRenderer;
import org.steadyhand.analysis.shot.TargetRegistrar;
import org.steadyhand.analysis.shot.TargetRegistration;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.GreyImage;

/**
 * Cost of analysing one 1920 x 1080 photograph of an air rifle target (card 80 mm over 80% of the
 * frame height, JPEG-compressed rendering with two new holes): the whole frame step of {@link
 * ShotFrameAnalyzer} against a reference (normalisation, difference, holes) and, for comparison,
 * registering a frame from scratch (done for the reference and when the target moved). With
 * {@code printed} the card also carries a real card's ring numbers, header and box. Target: at
 * most 30 ms per frame. Run with {@code bin/jmh ShotFrameBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class ShotFrameBenchmark {
    private static final TargetType FACE = TargetType.AIR_RIFLE_10M;

    /** Whether the card carries the ring numbers and card print of a real one. */
    @Param({"false", "true"})
    public boolean printed;

    private GreyImage reference;
    private GreyImage next;
    private ShotFrameAnalyzer analyzer;

    @Setup(Level.Trial)
    public void setUp() {
        TargetPhotoRenderer.Camera camera =
                new TargetPhotoRenderer.Camera(1920, 1080, 960, 540, 0.8 * 1080 / 80, 3, 0, 0);
        TargetPhotoRenderer.Light light =
                new TargetPhotoRenderer.Light(0.9, 0.2, 30, 0.1, 0, 0, 0, 200, 0, 1.0, 2.0, 0.85f);
        List<TargetPhotoRenderer.Hole> holes = new ArrayList<>();
        holes.add(new TargetPhotoRenderer.Hole(3, 4, 0.4));
        TargetPhotoRenderer.Print print = printed ? TargetPhotoRenderer.Print.REAL : TargetPhotoRenderer.Print.NONE;
        reference = TargetPhotoRenderer.render(FACE, 80, print, camera, light, holes, 1);
        holes.add(new TargetPhotoRenderer.Hole(-6, 2, 0.4));
        holes.add(new TargetPhotoRenderer.Hole(1, -9, 0.45));
        next = TargetPhotoRenderer.render(FACE, 80, print, camera, light, holes, 2);
    }

    /** A fresh analyser holding the reference, so every call compares the same new frame. */
    @Setup(Level.Invocation)
    public void takeReference() {
        analyzer = new ShotFrameAnalyzer(FACE);
        analyzer.accept(reference);
    }

    /** One new frame compared with the reference: what runs for every camera frame. */
    @Benchmark
    public FrameOutcome analyseFrame() {
        return analyzer.accept(next);
    }

    /** Registration alone, as for a reference frame or after the target moved. */
    @Benchmark
    public TargetRegistration registerFrame() {
        return TargetRegistrar.register(next, FACE).orElseThrow();
    }
}
