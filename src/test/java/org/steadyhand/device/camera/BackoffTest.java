package org.steadyhand.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    @ParameterizedTest
    @CsvSource({"500, 1000", "1000, 2000", "2000, 4000", "4000, 5000", "5000, 5000"})
    void theDefaultWaitDoublesUpToFiveSeconds(long previousMillis, long nextMillis) {
        assertThat(Backoff.DEFAULT.after(Duration.ofMillis(previousMillis))).isEqualTo(Duration.ofMillis(nextMillis));
    }

    @Test
    void theDefaultStartsAtHalfASecond() {
        assertThat(Backoff.DEFAULT.first()).isEqualTo(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "-5, 100", "200, 100"})
    void aWaitThatIsNotPositiveOrAboveTheMaximumIsRefused(long firstMillis, long maxMillis) {
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(firstMillis), Duration.ofMillis(maxMillis)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < first <= max");
    }
}
