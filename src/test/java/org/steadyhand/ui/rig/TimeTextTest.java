package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    @Test
    void formatsMinutesAndSecondsAndHoursPastAnHour() {
        assertThat(TimeText.of(Duration.ofSeconds(65))).isEqualTo("01:05");
        assertThat(TimeText.of(Duration.ofSeconds(3665))).isEqualTo("1:01:05");
    }

    @Test
    void countdownRoundsUpSoZeroMeansTimeIsUp() {
        Duration minute = Duration.ofSeconds(60);

        assertThat(TimeText.remaining(minute, Duration.ofMillis(100))).isEqualTo("01:00");
        assertThat(TimeText.remaining(minute, Duration.ofMillis(59_001))).isEqualTo("00:01");
        assertThat(TimeText.remaining(minute, Duration.ofSeconds(61))).isEqualTo("00:00");
    }
}
