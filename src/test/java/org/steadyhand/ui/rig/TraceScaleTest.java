package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceScaleTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            0.3,  0.5
            1.0,  1.0
            1.01, 2.0
            3.0,  5.0
            42.0, 50.0
            51.0, 100.0
            180,  200.0
            """)
    void niceRoundsUpToOneTwoFive(double value, double expected) {
        assertThat(TraceScale.nice(value)).isEqualTo(expected);
    }

    @Test
    void growsAtOnceButShrinksOnlyWhenTheSignalIsWellInside() {
        TraceScale scale = new TraceScale(5);

        assertThat(scale.update(80)).isEqualTo(100.0);
        assertThat(scale.update(45)).as("45 is above 40% of 100: keep").isEqualTo(100.0);
        assertThat(scale.update(30)).as("30 is below 40% of 100: shrink").isEqualTo(50.0);
        assertThat(scale.update(0)).as("never below the minimum").isEqualTo(5.0);
    }
}
