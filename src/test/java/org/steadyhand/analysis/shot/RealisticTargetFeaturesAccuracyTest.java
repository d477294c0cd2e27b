package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.shot.AccuracyTally.Truth;
import org.steadyhand.core.GreyImage;

/**
 * Rendered photographs of cards printed as real ISSF air rifle and air pistol cards are ({@link
 * TargetPhotoRenderer.Print#REAL}: ring numbers on the axes, header, scoring box, corner marks)
 * with the distortions of {@link RenderedShotsAccuracyTest} (scale, rotation, keystone, lighting
 * gradient, shadows, blur, noise, JPEG): the numbers sit on the axes where the rings are measured
 * and are as dark as a hole's edge, so many shots are put on a number or next to one, out to the
 * 1-ring's numbers. Same thresholds as {@link RenderedShotsAccuracyTest}.
 */
class RealisticTargetFeaturesAccuracyTest {
    private static final int SEQUENCES = 14;
    private static final int SHOTS_PER_SEQUENCE = 9;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 960;
    private static final double KEYSTONE = 1e-5;
    private static final List<TargetType> FACES = List.of(TargetType.AIR_RIFLE_10M, TargetType.AIR_PISTOL_10M);

    @Test
    void shotsOnPrintedNumbersAndCardMarksAreFoundScoredAndPlaced() {
        AccuracyTally tally = new AccuracyTally();
        for (int seq = 0; seq < SEQUENCES; seq++) {
            Random random = new Random(9100 + seq);
            TargetType face = FACES.get(seq % FACES.size());
            double cardMm = face == TargetType.AIR_RIFLE_10M ? 80 : 170;
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
        tally.print("Realistic cards");
        tally.assertMeets(SEQUENCES * SHOTS_PER_SEQUENCE, 0.3, 0.04, 0.94);
    }

    /**
     * Half the shots on a printed number (its centre give or take a third of a calibre), a fifth
     * next to one (half to one calibre off, so the hole's edge cuts the number), the rest a group
     * round an offset centre; none closer than 0.6 calibre to another, all inside the 1 ring.
     */
    private static List<Truth> shots(TargetType face, Random random) {
        List<double[]> numerals = PrintedMarks.numeralCentres(face);
        double calibre = face.calibreMm();
        double sigma = 1.6 * face.ringStepMm();
        double cx = uniform(random, -1, 1) * face.ringStepMm();
        double cy = uniform(random, -1, 1) * face.ringStepMm();
        double limit = face.ringRadiusMm(1) - calibre / 2;
        List<Truth> shots = new ArrayList<>();
        while (shots.size() < SHOTS_PER_SEQUENCE) {
            double kind = random.nextDouble();
            double[] n = numerals.get(random.nextInt(numerals.size()));
            double a = uniform(random, 0, 2 * Math.PI);
            double d = kind < 0.5 ? uniform(random, 0, 0.33) * calibre : uniform(random, 0.5, 1.0) * calibre;
            Truth t = kind < 0.7
                    ? new Truth(n[0] + d * Math.cos(a), n[1] + d * Math.sin(a))
                    : new Truth(cx + sigma * random.nextGaussian(), cy + sigma * random.nextGaussian());
            boolean tooClose =
                    shots.stream().anyMatch(s -> Math.hypot(s.xMm() - t.xMm(), s.yMm() - t.yMm()) < 0.6 * calibre);
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
        return TargetPhotoRenderer.render(
                face, cardMm, TargetPhotoRenderer.Print.REAL, cam, light, holes, random.nextLong());
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
