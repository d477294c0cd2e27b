package org.steadyhand.analysis.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreMappingTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # best, worst, value, score
            0,  10,   0,  100
            0,  10,   2.5, 75
            0,  10,  10,   0
            0,  10,  25,   0
            0,  10,  -3, 100
            100, 0,  60,  60
            15, 35,  25,  50
            """)
    void linearMapsBetweenItsAnchorsAndClamps(double best, double worst, double value, double score) {
        assertThat(new ScoreMapping.Linear(best, worst).score(value)).isCloseTo(score, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # best, worst, value, score
            35, 200,  35, 100
            35, 200, 200,   0
            35, 200,  10, 100
            35, 200, 400,   0
            10, 1000, 100, 50
            35, 200,  49, 80.6955
            """)
    void logLinearIsLinearInTheLogarithm(double best, double worst, double value, double score) {
        assertThat(new ScoreMapping.LogLinear(best, worst).score(value)).isCloseTo(score, within(1e-4));
    }

    @Test
    void notMeasuredStaysNotMeasured() {
        assertThat(new ScoreMapping.Linear(0, 1).score(Double.NaN)).isNaN();
        assertThat(new ScoreMapping.LogLinear(1, 2).score(Double.NaN)).isNaN();
    }

    @Test
    void refusesAnchorsThatCannotMap() {
        assertThatThrownBy(() -> new ScoreMapping.Linear(3, 3)).hasMessageContaining("two different");
        assertThatThrownBy(() -> new ScoreMapping.LogLinear(0, 3)).hasMessageContaining("positive");
    }
}
