package org.steadyhand.analysis.shot;

import static org.steadyhand.analysis.shot.RenderedSequence.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steadyhand.analysis.shot.AccuracyTally.Truth;

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
    private static final List<TargetType> FACES = List.of(TargetType.AIR_RIFLE_10M, TargetType.AIR_PISTOL_10M);

    @Test
    void shotsOnPrintedNumbersAndCardMarksAreFoundScoredAndPlaced() {
        AccuracyTally tally = new AccuracyTally();
        for (int seq = 0; seq < SEQUENCES; seq++) {
            Random random = new Random(9100 + seq);
            TargetType face = FACES.get(seq % FACES.size());
            double cardMm = face == TargetType.AIR_RIFLE_10M ? 80 : 170;
            RenderedSequence.shoot(
                    seq, face, cardMm, TargetPhotoRenderer.Print.REAL, r -> shots(face, r), random, tally);
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
}
