package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.ui.ScoreLine;

/** The texts the review screen formats: metric values with units, axis ticks, times. */
class ReviewTextsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hold_error_rms_mm      | 1.234   | hold error rms 1.2 mm
            time_above_caution_pct | 0       | time above caution 0 %
            tremor_rms_um          | 42.06   | tremor rms 42.1 µm
            tremor_stability       | 81.5    | tremor stability 81.5
            peak_force_mn          | 0.01234 | peak force 0.012 mN
            mean_shot_score        | 10.2    | mean shot score 10.2
            rmssd_ms               | 123.4   | rmssd 123 ms
            """)
    void metricValuesKeepTheirUnitOnTheSameLine(String metric, double value, String expected) {
        assertThat(ScoreLine.value(metric, value))
                .isEqualTo(expected.replace(" mm", "\u00a0mm")
                        .replace(" %", "\u00a0%")
                        .replace(" µm", "\u00a0µm")
                        .replace(" mN", "\u00a0mN")
                        .replace(" ms", "\u00a0ms"));
    }

    @ParameterizedTest(name = "span {0} in {1} ticks: step {2}")
    @CsvSource(textBlock = """
            10,    5,  2
            10,    3,  5
            3600,  10, 500
            0.05,  4,  0.02
            1,     1,  1
            """)
    void ticksStepInOnesTwosAndFives(double span, int ticks, double step) {
        assertThat(AxisTicks.step(span, ticks)).isCloseTo(step, org.assertj.core.data.Offset.offset(step * 1e-9));
    }

    @ParameterizedTest(name = "{0} s = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0.00 s
            3.456    | 3.46 s
            39.999   | 40.0 s
            125.44   | 2:05.4
            3725     | 1:02:05
            """)
    void timesReadAsSecondsMinutesOrHours(double seconds, String expected) {
        assertThat(AxisTicks.clock(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s at step {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12.5   | 2.5  | 12.5 s
            120    | 60   | 2:00
            90.5   | 0.5  | 1:30.5
            7200   | 600  | 2:00:00
            """)
    void axisTimesDropDigitsTheStepDoesNotNeed(double seconds, double step, String expected) {
        assertThat(AxisTicks.time(seconds, step)).isEqualTo(expected);
    }
}
