package org.steadyhand.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTextTest {
    @ParameterizedTest
    @CsvSource({"1, st", "2, nd", "3, rd", "4, th", "11, th", "12, th", "13, th", "21, st", "42, nd", "100, th"})
    void ordinalSuffixes(long n, String suffix) {
        assertThat(TrendText.suffix(n)).isEqualTo(suffix);
    }

    @Test
    void standingWithoutCohortOrBandsSaysSo() {
        CurvePoint point = new CurvePoint(1, Instant.EPOCH, 64, 64, false);
        Trend alone = new Trend(70, List.of(point), List.of(), Optional.empty(), 1, OptionalDouble.empty());
        Trend pair = new Trend(70, List.of(point), List.of(), Optional.of("Fellows"), 2, OptionalDouble.of(0));

        assertThat(TrendText.standing(alone))
                .isEqualTo("Standing: nobody else on this workstation (no cohort set) has a score in this module yet"
                        + " · the bands need 3 trainees with scores");
        assertThat(TrendText.standing(pair))
                .isEqualTo("Standing: 0th percentile of cohort Fellows (2 trainees, latest scores)"
                        + " · the bands need 3 trainees with scores");
        assertThat(TrendText.headline("Ada", "Forceps", alone))
                .isEqualTo("Ada · Forceps: 1 session, last 64.0, best 64.0, 0 passed (pass mark 70)");
    }
}
