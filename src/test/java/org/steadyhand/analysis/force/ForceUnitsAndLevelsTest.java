package org.steadyhand.analysis.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

class ForceUnitsAndLevelsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            mN, 7.5,   7.5
            gf, 1.0,   9.80665
            N,  0.009, 9.0
            """)
    void convertsToMilliNewtons(String symbol, double value, double milliNewtons) {
        ForceUnit unit = ForceUnit.parse(symbol);

        assertThat(unit.toMilliNewtons(value)).isCloseTo(milliNewtons, within(1e-12));
        assertThat(unit.fromMilliNewtons(milliNewtons)).isCloseTo(value, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MN
            lbf
            mn
            """)
    void unknownUnitListsTheValidOnes(String symbol) {
        assertThatThrownBy(() -> ForceUnit.parse(symbol))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown force unit '" + symbol + "'; valid units: mN, gf, N");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.0,   safe
            7.49,  safe
            7.5,   caution
            8.99,  caution
            9.0,   danger
            120.0, danger
            """)
    void levelRisesAtEachThreshold(double milliNewtons, String label) {
        assertThat(ForceThresholds.DEFAULTS.levelOf(milliNewtons).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9   | 7.5 | 0.5 | the caution threshold (9.0 mN) must be below the danger threshold (7.5 mN)
            7.5 | 9   | 8   | the contact threshold (8.0 mN) must be below the caution threshold (7.5 mN)
            -1  | 9   | 0.5 | 'cautionMilliNewtons' must be a finite force > 0 mN, got -1.0
            7.5 | NaN | 0.5 | 'dangerMilliNewtons' must be a finite force > 0 mN, got NaN
            """)
    void thresholdsOutOfOrderAreRejected(double caution, double danger, double contact, String message) {
        assertThatThrownBy(() -> new ForceThresholds(caution, danger, contact))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void defaultsAreThePublishedThresholds() {
        assertThat(ForceThresholds.DEFAULTS).isEqualTo(new ForceThresholds(7.5, 9.0, 0.5));
    }
}
