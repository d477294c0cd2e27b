package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForceLevelTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            0.0,   SAFE
            7.49,  SAFE
            7.5,   CAUTION
            8.99,  CAUTION
            9.0,   DANGER
            140.0, DANGER
            NaN,   NONE
            """)
    void levelFollowsTheDomainThresholds(double forceMilliNewtons, ForceLevel expected) {
        assertThat(ForceLevel.of(forceMilliNewtons)).isEqualTo(expected);
    }
}
