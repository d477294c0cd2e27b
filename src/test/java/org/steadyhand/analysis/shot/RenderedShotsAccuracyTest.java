package org.steadyhand.analysis.shot;

import static org.steadyhand.analysis.shot.RenderedSequence.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.shot.AccuracyTally.Truth;

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
            RenderedSequence.shoot(
                    seq, face, cardMm, TargetPhotoRenderer.Print.NONE, r -> shots(face, r), random, tally);
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
}
