package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.shot.AccuracyTally.Truth;
import org.steadyhand.core.GreyImage;

/**
 * Photographs rendered with known shot positions ({@link TargetPhotoRenderer}) through the frame
 * analyser: over more than 200 shots on the four faces (air rifle, air pistol, 50 m rifle, 25 m
 * pistol) in sequences of frames with varied scale, rotation, keystone,
 * lighting, shadows, blur, noise and JPEG compression, including holes touching and overlapping
 * older ones, the detections are compared with the truth.
 */
class RenderedShotsAccuracyTest {
    private static final int SEQUENCES = 24;
    private static final int SHOTS_PER_SEQUENCE = 9;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 960;
    /** Keystone of the camera, 1 / pixel: 1e-5 changes the scale by about 0.5% across the face. */
    private static final double KEYSTONE = 1e-5;

    @Test
    void renderedShotsAreFoundScoredAndPlaced() {
        AccuracyTally tally = new AccuracyTally();
        for (int seq = 0; seq < SEQUENCES; seq++) {
            Random random = new Random(7000 + seq);
            TargetType face = TargetType.values()[seq % TargetType.values().length];
            double cardMm = switch (face) {
                case AIR_RIFLE_10M -> 80;
                case AIR_PISTOL_10M -> 170;
                case RIFLE_50M -> 250;
                case PISTOL_25M -> 550;
            };
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
            assertThat(analyzer.accept(frame(face, cardMm, cam, holes, random)))
                    .isInstanceOf(FrameOutcome.Reference.class);
            List<Truth> shots = shots(face, random);
            int next = 0;
            while (next < shots.size()) {
                int add = Math.min(shots.size() - next, 1 + random.nextInt(3));
                List<Truth> fresh = shots.subList(next, next + add);
                fresh.forEach(
                        t -> holes.add(new TargetPhotoRenderer.Hole(t.xMm(), t.yMm(), uniform(random, 0.35, 0.5))));
                next += add;
                FrameOutcome outcome = analyzer.accept(frame(face, cardMm, cam, holes, random));
                if (outcome instanceof FrameOutcome.Accepted accepted) {
                    tally.accepted(seq, face, cam, accepted, fresh);
                } else {
                    tally.notAccepted(seq, outcome, fresh.size());
                }
            }
        }
        tally.print("Rendered shots");
        tally.assertMeets(200, 0.3, 0.04, 0.94);
    }

    /** A group round an offset centre; some shots touch or overlap an earlier hole. */
    private static List<Truth> shots(TargetType face, Random random) {
        double sigma = 1.6 * face.ringStepMm();
        double cx = uniform(random, -1, 1) * face.ringStepMm();
        double cy = uniform(random, -1, 1) * face.ringStepMm();
        double limit = face.ringRadiusMm(1) - face.calibreMm();
        List<Truth> shots = new ArrayList<>();
        while (shots.size() < SHOTS_PER_SEQUENCE) {
            Truth t;
            if (!shots.isEmpty() && random.nextDouble() < 0.3) {
                Truth near = shots.get(random.nextInt(shots.size()));
                double d = uniform(random, 0.6, 1.0) * face.calibreMm();
                double a = uniform(random, 0, 2 * Math.PI);
                t = new Truth(near.xMm() + d * Math.cos(a), near.yMm() + d * Math.sin(a));
            } else {
                t = new Truth(cx + sigma * random.nextGaussian(), cy + sigma * random.nextGaussian());
            }
            boolean tooClose = shots.stream()
                    .anyMatch(s -> Math.hypot(s.xMm() - t.xMm(), s.yMm() - t.yMm()) < 0.6 * face.calibreMm());
            if (Math.hypot(t.xMm(), t.yMm()) < limit && !tooClose) {
                shots.add(t);
            }
        }
        return shots;
    }

    private static GreyImage frame(
            TargetType face,
            double cardMm,
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
        return TargetPhotoRenderer.render(face, cardMm, cam, light, holes, random.nextLong());
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
