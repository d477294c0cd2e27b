package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tip force in the surgical tasks, against DOMAIN.md's 7.5 mN caution and 9 mN danger levels. */
class ForceTest {
    private static final int TIP_FORCE = 3;
    private static final double CAUTION_MN = 7.5;
    private static final double DANGER_MN = 9.0;

    private static double[] force(long seed, Skill skill, SimTask task, double seconds) {
        return ModelRun.of(seed, skill, task, seconds).channel(TIP_FORCE);
    }

    private static double shareAbove(double[] values, double threshold) {
        return (double) Arrays.stream(values).filter(v -> v > threshold).count() / values.length;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 8412})
    void noviceSpendsMoreTimeAboveCautionThanExpertWhoNeverReachesIt(long seed) {
        double[] novice = force(seed, Skill.NOVICE, SimTask.GRASP_AND_PEEL, 90);
        double[] expert = force(seed, Skill.EXPERT, SimTask.GRASP_AND_PEEL, 90);
        assertThat(shareAbove(novice, CAUTION_MN)).isGreaterThan(0.02);
        assertThat(Arrays.stream(expert).max().orElseThrow()).isLessThan(CAUTION_MN);
        assertThat(Arrays.stream(expert).max().orElseThrow()).isGreaterThan(4.0);
    }

    @Test
    void noviceSometimesPassesDangerThreshold() {
        long sessionsPastDanger = java.util.stream.LongStream.rangeClosed(1, 5)
                .filter(seed -> Arrays.stream(force(seed, Skill.NOVICE, SimTask.GRASP_AND_PEEL, 90))
                                .max()
                                .orElseThrow()
                        > DANGER_MN)
                .count();
        assertThat(sessionsPastDanger).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(
            value = SimTask.class,
            names = {"HOLD_STILL", "GRASP_AND_PEEL", "CIRCLE_TRACE"})
    void forceIsNeverNegative(SimTask task) {
        for (Skill skill : Skill.values()) {
            assertThat(Arrays.stream(force(11, skill, task, 60)).min().orElseThrow())
                    .as("%s %s", skill, task)
                    .isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void forcepsForceComesInGraspCyclesOfAFewSeconds() {
        double[] f = force(5, Skill.INTERMEDIATE, SimTask.GRASP_AND_PEEL, 90);
        // A grasp: the force rises past 1 mN after having been released (below 0.2 mN); the
        // hysteresis keeps tremor ripple round 1 mN from counting twice.
        int grasps = 0;
        boolean released = true;
        for (double v : f) {
            if (released && v >= 1.0) {
                grasps++;
                released = false;
            } else if (v < 0.2) {
                released = true;
            }
        }
        // Cycles of 5.4-10 s (mean ~7.6 s): about 12 in 90 s.
        assertThat(grasps).isBetween(9, 17);
    }

    @Test
    void holdingStillTouchesNothingForExpertButNoviceBrushesTissue() {
        double[] expert = force(21, Skill.EXPERT, SimTask.HOLD_STILL, 60);
        double[] novice = force(21, Skill.NOVICE, SimTask.HOLD_STILL, 60);
        // Expert: sensor noise only (0.02 mN RMS, clipped at zero).
        assertThat(Arrays.stream(expert).max().orElseThrow()).isLessThan(0.15);
        assertThat(shareAbove(novice, 0.3)).isBetween(0.002, 0.05);
    }

    @Test
    void capsulorhexisForceIsLightAndContinuous() {
        double[] f = force(4, Skill.EXPERT, SimTask.CIRCLE_TRACE, 60);
        double[] afterContact = Arrays.copyOfRange(f, 1000, f.length);
        double inRange = (double) Arrays.stream(afterContact)
                        .filter(v -> v >= 2.0 && v <= 4.0)
                        .count()
                / afterContact.length;
        assertThat(inRange).isGreaterThan(0.9);
        assertThat(Arrays.stream(afterContact).min().orElseThrow()).isGreaterThan(1.0);
    }

    @Test
    void sensorNoiseIsAboutTwoHundredthsOfAMilliNewton() {
        // With no contact the reading is sensor noise clipped at zero: half the samples are zero and
        // the positive half has the mean of a half-normal, sigma * sqrt(2 / pi).
        double[] f = force(21, Skill.EXPERT, SimTask.HOLD_STILL, 30);
        double positiveMean = Arrays.stream(f).filter(v -> v > 0).average().orElseThrow();
        assertThat(positiveMean / Math.sqrt(2 / Math.PI)).isBetween(0.018, 0.022);
        assertThat(shareAbove(f, 0.0)).isBetween(0.47, 0.53);
    }
}
