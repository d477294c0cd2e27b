package org.steadyhand.analysis.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollingHrvTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theWindowKeepsOnlyTheLastMinuteOfBeats() {
        RollingHrv hrv = new RollingHrv(60 * SECOND);
        long t = 0;
        for (int i = 0; i < 120; i++) {
            t += SECOND;
            hrv.add(t, 1000); // two minutes at 60 bpm
        }
        for (int i = 0; i < 60; i++) {
            double rr = i % 2 == 0 ? 800 : 900;
            t += Math.round(rr * 1e6);
            hrv.add(t, rr);
        }

        Biofeedback b = hrv.current().orElseThrow();

        assertThat(b.heartRateBpm())
                .isCloseTo(60_000.0 / ((b.beats() * 850.0 + (b.beats() % 2) * 50) / b.beats()), within(2.0));
        assertThat(b.beats()).isBetween(66, 72);
        assertThat(b.windowSeconds()).isLessThanOrEqualTo(61);
    }

    @Test
    void alternatingBeatsGiveTheirRmssdAndImpossibleIntervalsAreIgnored() {
        RollingHrv hrv = new RollingHrv(60 * SECOND);
        long t = 0;
        for (int i = 0; i < 20; i++) {
            double rr = i % 2 == 0 ? 800 : 900;
            t += Math.round(rr * 1e6);
            hrv.add(t, rr);
        }
        hrv.add(t + 1, 0.5);
        hrv.add(t + 2, 9000);

        Biofeedback b = hrv.current().orElseThrow();

        assertThat(b.beats()).isEqualTo(20);
        assertThat(b.rmssdMillis()).isCloseTo(100, within(1e-9));
        assertThat(b.stressIndex().orElseThrow()).isCloseTo(50 / (2 * 0.825 * 0.1), within(1e-9));
    }

    @Test
    void noFeedbackBeforeThreeBeats() {
        RollingHrv hrv = new RollingHrv(60 * SECOND);
        hrv.add(SECOND, 1000);
        hrv.add(2 * SECOND, 1000);

        assertThat(hrv.current()).isEmpty();
    }

    @Test
    void stressRiseFiresOnceWhenVariabilityCollapsesAndNotAtRest() {
        StressRiseDetector detector = new StressRiseDetector();
        List<StressRiseDetector.StressRise> rises = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        long t = 0;
        // Four minutes at rest: 1000 ms ± 60 ms.
        for (int i = 0; i < 240; i++) {
            double rr = 1000 + 60 * random.nextGaussian();
            t += Math.round(rr * 1e6);
            detector.beat(t, rr).ifPresent(rises::add);
        }
        assertThat(rises).as("no alert at rest").isEmpty();
        // Then a stressed minute: faster and far less variable.
        for (int i = 0; i < 90; i++) {
            double rr = 700 + 8 * random.nextGaussian();
            t += Math.round(rr * 1e6);
            Optional<StressRiseDetector.StressRise> rise = detector.beat(t, rr);
            rise.ifPresent(rises::add);
        }

        assertThat(rises).hasSize(1);
        assertThat(rises.getFirst().recentStressIndex())
                .isGreaterThanOrEqualTo(1.5 * rises.getFirst().baselineStressIndex());
    }
}
