package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircleTraceTest {
    private static double laps(ModelRun run) {
        double[] x = run.channel(0);
        double[] y = run.channel(1);
        double turned = 0;
        double previous = Math.atan2(y[0], x[0]);
        for (int i = 1; i < x.length; i++) {
            double angle = Math.atan2(y[i], x[i]);
            double step = angle - previous;
            step -= 2 * Math.PI * Math.round(step / (2 * Math.PI));
            turned += step;
            previous = angle;
        }
        return turned / (2 * Math.PI);
    }

    private static double[] radiusStats(ModelRun run) {
        double sum = 0;
        double sumSquaredDeviation = 0;
        int n = run.channel(0).length;
        for (int i = 0; i < n; i++) {
            double r = Math.hypot(run.channel(0)[i], run.channel(1)[i]);
            sum += r;
            sumSquaredDeviation += (r - CircleTrace.RADIUS_MM) * (r - CircleTrace.RADIUS_MM);
        }
        return new double[] {sum / n, Math.sqrt(sumSquaredDeviation / n)};
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXPERT,       14.5, 17.5
            INTERMEDIATE, 17.0, 22.0
            NOVICE,       20.5, 26.5
            """)
    void lapTakesLongerForLessPractisedTrainees(Skill skill, double minSeconds, double maxSeconds) {
        double seconds = 120;
        ModelRun run = ModelRun.of(9, skill, SimTask.CIRCLE_TRACE, seconds);
        assertThat(seconds / laps(run)).isBetween(minSeconds, maxSeconds);
    }

    @Test
    void tipTracesCircleOfTwoAndAHalfMillimetres() {
        double[] stats = radiusStats(ModelRun.of(9, Skill.INTERMEDIATE, SimTask.CIRCLE_TRACE, 60));
        assertThat(stats[0]).isBetween(2.35, 2.65);
    }

    @Test
    void noviceStraysFurtherFromTheCircleThanExpert() {
        double novice = radiusStats(ModelRun.of(9, Skill.NOVICE, SimTask.CIRCLE_TRACE, 60))[1];
        double expert = radiusStats(ModelRun.of(9, Skill.EXPERT, SimTask.CIRCLE_TRACE, 60))[1];
        assertThat(expert).isBetween(0.03, 0.2);
        assertThat(novice).isGreaterThan(2.5 * expert);
    }

    @Test
    void instrumentTiltHoldsNearFortyFiveDegreesFromVertical() {
        double[] tilt =
                ModelRun.of(9, Skill.INTERMEDIATE, SimTask.CIRCLE_TRACE, 60).channel(4);
        double mean = java.util.Arrays.stream(tilt).average().orElseThrow();
        assertThat(mean).isBetween(36.0, 49.0);
        assertThat(TremorTest.standardDeviation(tilt)).isBetween(0.5, 4.0);
    }
}
