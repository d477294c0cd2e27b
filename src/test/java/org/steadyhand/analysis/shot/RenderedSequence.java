package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.steadyhand.analysis.shot.AccuracyTally.Truth;
import org.steadyhand.core.GreyImage;

/**
 * One shooting sequence on rendered photographs, shared by the accuracy tests: a camera placed at
 * random (card over 72–88 % of the frame height, off-centre, rotated up to 8°, keystone), an empty
 * reference photograph, then one to three new holes per photograph until the planned shots are
 * fired, each photograph under new random light (exposure, gradient, vignette, sometimes a
 * shadow, blur, noise, JPEG). Every outcome goes to the tally. All randomness comes from the
 * caller's generator, in a fixed order, so a sequence renders the same every time.
 */
final class RenderedSequence {
    static final int WIDTH = 1280;
    static final int HEIGHT = 960;
    /** Perspective terms of the camera, 1/pixel: a moderately oblique view. */
    private static final double KEYSTONE = 1e-5;

    private RenderedSequence() {}

    /**
     * @param plan the shots of the sequence, drawn from {@code random} after the camera and the
     *     reference photograph
     */
    static void shoot(
            int sequence,
            TargetType face,
            double cardMm,
            TargetPhotoRenderer.Print print,
            Function<Random, List<Truth>> plan,
            Random random,
            AccuracyTally tally) {
        TargetPhotoRenderer.Camera cam = new TargetPhotoRenderer.Camera(
                WIDTH,
                HEIGHT,
                WIDTH / 2.0 + uniform(random, -40, 40),
                HEIGHT / 2.0 + uniform(random, -30, 30),
                uniform(random, 0.72, 0.88) * HEIGHT / cardMm,
                uniform(random, -8, 8),
                uniform(random, -1, 1) * KEYSTONE,
                uniform(random, -1, 1) * KEYSTONE);
        ShotFrameAnalyzer analyzer = new ShotFrameAnalyzer(face);
        List<TargetPhotoRenderer.Hole> holes = new ArrayList<>();
        assertThat(analyzer.accept(photograph(face, cardMm, print, cam, holes, random)))
                .isInstanceOf(FrameOutcome.Reference.class);
        List<Truth> shots = plan.apply(random);
        int next = 0;
        while (next < shots.size()) {
            int add = Math.min(shots.size() - next, 1 + random.nextInt(3));
            List<Truth> fresh = shots.subList(next, next + add);
            fresh.forEach(t -> holes.add(new TargetPhotoRenderer.Hole(t.xMm(), t.yMm(), uniform(random, 0.35, 0.5))));
            next += add;
            FrameOutcome outcome = analyzer.accept(photograph(face, cardMm, print, cam, holes, random));
            if (outcome instanceof FrameOutcome.Accepted accepted) {
                tally.accepted(sequence, face, cam, accepted, fresh);
            } else {
                tally.notAccepted(sequence, outcome, fresh.size());
            }
        }
    }

    static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    private static GreyImage photograph(
            TargetType face,
            double cardMm,
            TargetPhotoRenderer.Print print,
            TargetPhotoRenderer.Camera cam,
            List<TargetPhotoRenderer.Hole> holes,
            Random random) {
        boolean shadow = random.nextDouble() < 0.3;
        TargetPhotoRenderer.Light light = new TargetPhotoRenderer.Light(
                uniform(random, 0.75, 1.05),
                uniform(random, 0, 0.35),
                uniform(random, 0, 360),
                uniform(random, 0, 0.2),
                shadow ? uniform(random, 0.1, 0.25) : 0,
                uniform(random, 0, WIDTH),
                uniform(random, 0, HEIGHT),
                uniform(random, 150, 300),
                0,
                uniform(random, 0.6, 1.4),
                uniform(random, 1.5, 3.5),
                (float) uniform(random, 0.75, 0.92));
        return TargetPhotoRenderer.render(face, cardMm, print, cam, light, holes, random.nextLong());
    }
}
