package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.steadyhand.core.Shot;

/** Aim trace and shots of the marksmanship tasks, over a 5-minute series. */
class MarksmanTest {
    private static final int AIM_X = 0;
    private static final int AIM_Y = 1;

    private record Group(double mpiX, double mpiY, double sigmaX, double sigmaY, double meanRadius) {
        static Group of(List<Shot> shots) {
            double mx = shots.stream().mapToDouble(Shot::xMm).average().orElseThrow();
            double my = shots.stream().mapToDouble(Shot::yMm).average().orElseThrow();
            double sx = Math.sqrt(shots.stream()
                            .mapToDouble(s -> (s.xMm() - mx) * (s.xMm() - mx))
                            .sum()
                    / (shots.size() - 1));
            double sy = Math.sqrt(shots.stream()
                            .mapToDouble(s -> (s.yMm() - my) * (s.yMm() - my))
                            .sum()
                    / (shots.size() - 1));
            double radius = shots.stream()
                    .mapToDouble(s -> Math.hypot(s.xMm() - mx, s.yMm() - my))
                    .average()
                    .orElseThrow();
            return new Group(mx, my, sx, sy, radius);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = SimTask.class,
            names = {"AIR_RIFLE", "AIR_PISTOL"})
    void shotsComeEverySixToTenSeconds(SimTask weapon) {
        List<Shot> shots = ModelRun.of(12, Skill.INTERMEDIATE, weapon, 300).shots();
        assertThat(shots).hasSizeBetween(30, 50);
        assertThat(shots.getFirst().atNanos()).isBetween(6_000_000_000L, 10_000_000_000L);
        for (int i = 1; i < shots.size(); i++) {
            assertThat(shots.get(i).atNanos() - shots.get(i - 1).atNanos()).isBetween(6_000_000_000L, 10_000_000_000L);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXPERT,       0.6
            INTERMEDIATE, 1.8
            NOVICE,       3.6
            """)
    void shotLandsWhereTheSightsPointPlusAReleaseError(Skill skill, double releaseSigmaMm) {
        ModelRun run = ModelRun.of(12, skill, SimTask.AIR_RIFLE, 300);
        double sumSquares = 0;
        for (Shot shot : run.shots()) {
            int sample = (int) (shot.atNanos() / RigModel.SAMPLE_PERIOD_NANOS);
            assertThat(shot.atNanos()).isEqualTo(sample * RigModel.SAMPLE_PERIOD_NANOS);
            double dx = shot.xMm() - run.channel(AIM_X)[sample];
            double dy = shot.yMm() - run.channel(AIM_Y)[sample];
            assertThat(Math.hypot(dx, dy)).isLessThan(5 * releaseSigmaMm);
            sumSquares += dx * dx + dy * dy;
        }
        double perAxis = Math.sqrt(sumSquares / (2 * run.shots().size()));
        assertThat(perAxis).isBetween(0.7 * releaseSigmaMm, 1.3 * releaseSigmaMm);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXPERT,       0.7, 1.4
            INTERMEDIATE, 2.2, 4.0
            NOVICE,       4.4, 8.0
            """)
    void rifleGroupSpreadMatchesSkill(Skill skill, double minSigmaMm, double maxSigmaMm) {
        for (long seed = 1; seed <= 3; seed++) {
            Group group =
                    Group.of(ModelRun.of(seed, skill, SimTask.AIR_RIFLE, 300).shots());
            assertThat(group.sigmaX()).as("seed %d", seed).isBetween(minSigmaMm, maxSigmaMm);
            assertThat(group.sigmaY()).as("seed %d", seed).isBetween(minSigmaMm, maxSigmaMm);
        }
    }

    @Test
    void expertGroupIsTighterAndCloserToCentreThanNovice() {
        for (long seed = 1; seed <= 5; seed++) {
            Group expert = Group.of(
                    ModelRun.of(seed, Skill.EXPERT, SimTask.AIR_RIFLE, 300).shots());
            Group novice = Group.of(
                    ModelRun.of(seed, Skill.NOVICE, SimTask.AIR_RIFLE, 300).shots());
            assertThat(expert.meanRadius()).isLessThan(novice.meanRadius() / 3);
            assertThat(Math.hypot(expert.mpiX(), expert.mpiY())).isLessThan(1.0);
        }
    }

    @Test
    void noviceMeanPointOfImpactIsAFewMillimetresOffCentre() {
        double sum = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Group novice = Group.of(
                    ModelRun.of(seed, Skill.NOVICE, SimTask.AIR_RIFLE, 300).shots());
            sum += Math.hypot(novice.mpiX(), novice.mpiY());
        }
        assertThat(sum / 5).isBetween(1.5, 5.0);
    }

    @Test
    void pistolWobblesFourTimesAsMuchAsRifle() {
        double rifle = TremorTest.standardDeviation(
                ModelRun.of(2, Skill.EXPERT, SimTask.AIR_RIFLE, 60).channel(AIM_X));
        double pistol = TremorTest.standardDeviation(
                ModelRun.of(2, Skill.EXPERT, SimTask.AIR_PISTOL, 60).channel(AIM_X));
        assertThat(pistol / rifle).isCloseTo(Marksman.PISTOL_FACTOR, within(0.01));
    }

    @Test
    void holdWobbleCarriesTheHandsTremor() {
        double[] aim = ModelRun.of(2, Skill.NOVICE, SimTask.AIR_RIFLE, 20).channel(AIM_X);
        Spectra.Psd psd = Spectra.welch(aim, 1000, 2048, 60);
        assertThat(psd.peakHz(4, 30)).isBetween(8.0, 12.0);
    }

    @Test
    void cantStaysWithinAFewDegrees() {
        for (Skill skill : Skill.values()) {
            double[] cant = ModelRun.of(2, skill, SimTask.AIR_PISTOL, 60).channel(2);
            assertThat(java.util.Arrays.stream(cant).map(Math::abs).max().orElseThrow())
                    .as("%s", skill)
                    .isLessThan(8.0);
        }
    }
}
