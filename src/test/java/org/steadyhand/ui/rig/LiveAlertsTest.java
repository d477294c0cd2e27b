package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveAlertsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final double NONE = Double.NaN;

    private final LiveAlerts alerts = new LiveAlerts();

    @ParameterizedTest(name = "{0} mN, {1} um, {2} bpm -> {3}")
    @CsvSource(textBlock = """
            8.99,  150, 100, ''
            9.0,   150, 100, FORCE_DANGER
            3.0,   199, 119, ''
            3.0,   200, 100, TREMOR_RISING
            3.0,   150, 120, HEART_RATE_HIGH
            9.5,   250, 130, FORCE_DANGER TREMOR_RISING HEART_RATE_HIGH
            """)
    void eachRuleRaisesAtItsThreshold(double forceMn, double rmsUm, double heartBpm, String expected) {
        List<LiveAlerts.Raised> raised = alerts.check(0, forceMn, rmsUm, NONE, heartBpm);

        assertThat(raised)
                .extracting(r -> r.kind().name())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void missingSignalsRaiseNothing() {
        assertThat(alerts.check(0, NONE, NONE, NONE, NONE)).isEmpty();
    }

    @Test
    void aForceHoveringAtTheDangerLineRaisesOnceUntilItFallsBelowCaution() {
        assertThat(alerts.check(0, 9.2, NONE, NONE, NONE)).hasSize(1);
        // Dips below danger but not below caution: still the same push, no new alert.
        assertThat(alerts.check(11 * SECOND, 8.0, NONE, NONE, NONE)).isEmpty();
        assertThat(alerts.check(12 * SECOND, 9.4, NONE, NONE, NONE)).isEmpty();
        // Eased off below 7.5 mN, then pushed again: a new alert.
        assertThat(alerts.check(13 * SECOND, 5.0, NONE, NONE, NONE)).isEmpty();
        List<LiveAlerts.Raised> again = alerts.check(14 * SECOND, 9.1, NONE, NONE, NONE);

        assertThat(again).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(LiveAlerts.Kind.FORCE_DANGER);
            assertThat(alert.kind().severity).isEqualTo(LiveAlerts.Severity.DANGER);
            assertThat(alert.message()).isEqualTo("Force 9.1 mN is above the danger line of 9 mN: ease off");
        });
    }

    @Test
    void theSameAlertWaitsTenSecondsBeforeItIsRaisedAgain() {
        alerts.check(0, 9.5, NONE, NONE, NONE);
        alerts.check(1 * SECOND, 2.0, NONE, NONE, NONE);

        assertThat(alerts.check(5 * SECOND, 9.5, NONE, NONE, NONE)).isEmpty();
        assertThat(alerts.check(10 * SECOND, 9.5, NONE, NONE, NONE)).hasSize(1);
    }

    @Test
    void stabilityFallingTwentyPointsWithinFiveSecondsIsTremorRising() {
        // 85 -> 70 over 4 s: a 15-point fall, not yet an alert.
        for (int i = 0; i <= 4; i++) {
            assertThat(alerts.check(i * SECOND, NONE, 80, 85 - 3.75 * i, NONE)).isEmpty();
        }
        List<LiveAlerts.Raised> raised = alerts.check(4_500_000_000L, NONE, 80, 64, NONE);

        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(LiveAlerts.Kind.TREMOR_RISING);
            assertThat(alert.message())
                    .isEqualTo("Tremor is rising: stability fell 21 points in 5 s: steady your hand");
        });
    }

    @Test
    void aSlowFallOfStabilityOverMoreThanFiveSecondsIsNoAlert() {
        // 90 down to 60 over 15 s: 2 points a second, 10 points in any 5 s.
        for (int i = 0; i <= 15; i++) {
            assertThat(alerts.check(i * SECOND, NONE, 80, 90 - 2.0 * i, NONE))
                    .as("at %d s", i)
                    .isEmpty();
        }
    }

    @Test
    void resetForgetsTheHistory() {
        alerts.check(0, 9.5, NONE, NONE, NONE);
        alerts.reset();

        assertThat(alerts.check(SECOND, 9.5, NONE, NONE, NONE)).hasSize(1);
    }
}
