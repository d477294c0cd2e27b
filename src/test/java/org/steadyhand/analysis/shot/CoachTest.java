package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each coaching rule fires on the group it describes and stays quiet otherwise. */
class CoachTest {
    private static final TargetType RIFLE = TargetType.AIR_RIFLE_10M;

    @Test
    void tightGroupOffCentreIsASightProblem() {
        CoachingAdvice advice = advise(group(6, -4, 0.5, 0.5, 8), Optional.empty());

        assertThat(rules(advice.improvements())).containsExactly("off_centre");
        assertThat(advice.improvements().getFirst().text())
                .contains("6.0 mm right")
                .contains("4.0 mm low");
        assertThat(rules(advice.strengths())).containsExactly("tight_group");
        assertThat(rules(advice.nextSteps())).containsExactly("off_centre");
    }

    @Test
    void centredTightGroupHasOnlyStrengths() {
        CoachingAdvice advice = advise(group(0.2, 0.1, 0.6, 0.6, 10), Optional.empty());

        assertThat(rules(advice.strengths())).containsExactly("centred", "tight_group");
        assertThat(advice.improvements()).isEmpty();
        assertThat(rules(advice.nextSteps())).containsExactly("keep_going");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # sd x, sd y, rule
            0.8, 4.0, vertical_stringing
            4.0, 0.8, horizontal_stringing
            """)
    void elongatedGroupsNameTheirDirection(double sdX, double sdY, String rule) {
        CoachingAdvice advice = advise(group(0, 0, sdX, sdY, 10), Optional.empty());

        assertThat(rules(advice.improvements())).contains(rule);
        assertThat(rules(advice.nextSteps())).contains(rule);
    }

    @Test
    void aLoneWildShotIsAFlyer() {
        List<ScoredShot> shots = new ArrayList<>(group(0, 0, 0.5, 0.5, 9));
        shots.add(ScoredShot.of(RIFLE, 9, 9));

        CoachingAdvice advice = advise(shots, Optional.empty());

        assertThat(advice.improvements())
                .filteredOn(a -> a.rule().equals("flyer"))
                .singleElement()
                .satisfies(a -> assertThat(a.text()).startsWith("Shot 10 is a flyer"));
    }

    @Test
    void aimMovingBeforeTheShotsIsReported() {
        CoachingAdvice advice = advise(group(0, 0, 0.6, 0.6, 6), Optional.of(hold(12.0)));

        assertThat(rules(advice.improvements())).containsExactly("moving_at_release");
    }

    @Test
    void steadyHoldWithAWideGroupPointsAtTheRelease() {
        CoachingAdvice advice = advise(group(0, 0, 6, 6, 10), Optional.of(hold(4.0)));

        assertThat(rules(advice.strengths())).contains("steady_hold");
        assertThat(rules(advice.improvements())).contains("wide_group", "release_error");
    }

    @Test
    void twoShotsGiveNoGroupAdvice() {
        CoachingAdvice advice = advise(group(8, 8, 0.1, 0.1, 2), Optional.empty());

        assertThat(advice.strengths()).isEmpty();
        assertThat(advice.improvements()).isEmpty();
        assertThat(rules(advice.nextSteps())).containsExactly("too_few_shots");
    }

    private static CoachingAdvice advise(List<ScoredShot> shots, Optional<HoldSteadiness> hold) {
        return Coach.advise(RIFLE, SeriesStatistics.of(shots, 10), shots, hold);
    }

    /** Shots on a fixed pattern with the given centre and per-axis spread (no randomness). */
    private static List<ScoredShot> group(double centreX, double centreY, double sdX, double sdY, int count) {
        double[][] unit = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7, 0.7}, {-0.7, -0.7}, {0.7, -0.7}, {-0.7, 0.7}};
        List<ScoredShot> shots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] u = unit[i % unit.length];
            shots.add(ScoredShot.of(RIFLE, centreX + sdX * u[0], centreY + sdY * u[1]));
        }
        return shots;
    }

    /** A hold record whose every shot moved {@code movementMm} in its last 0.2 s. */
    private static HoldSteadiness hold(double movementMm) {
        List<HoldSteadiness.ShotHold> shots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shots.add(new HoldSteadiness.ShotHold(i * 8_000_000_000L, 4 * movementMm, movementMm));
        }
        return new HoldSteadiness(shots, 4 * movementMm, movementMm, 0);
    }

    private static List<String> rules(List<CoachingAdvice.Advice> advice) {
        return advice.stream().map(CoachingAdvice.Advice::rule).toList();
    }
}
