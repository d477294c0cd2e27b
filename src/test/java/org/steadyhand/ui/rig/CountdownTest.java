package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountdownTest {
    @ParameterizedTest(name = "{0} ms after Start shows {1}")
    @CsvSource(textBlock = """
            0,    3, false
            1,    3, false
            999,  3, false
            1000, 2, false
            1999, 2, false
            2000, 1, false
            2999, 1, false
            3000, 0, true
            9000, 0, true
            """)
    void countsThreeTwoOneThenStarts(long millisAfterStart, int shown, boolean done) {
        long start = 5_000_000_000L;
        Countdown countdown = new Countdown(start);

        long now = start + millisAfterStart * 1_000_000L;

        assertThat(countdown.secondsLeft(now)).isEqualTo(shown);
        assertThat(countdown.done(now)).isEqualTo(done);
    }
}
