package org.steadyhand.analysis.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Closed-form cases, and a known-answer test against force_profile_expected.csv, computed with numpy
 * by make_force_reference.py in src/test/resources/org/steadyhand/analysis/force/.
 */
class ForceAnalyzerTest {
    private static final ForceThresholds DEFAULTS = ForceThresholds.DEFAULTS;

    /** A ramp of 10 mN/s from 0 to 12 mN at 1 kHz, starting at an arbitrary clock value. */
    private static ForceMetrics ramp() {
        int n = 1201;
        long[] times = new long[n];
        double[] forces = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = 5_000_000_000L + i * 1_000_000L;
            forces[i] = i * 0.01;
        }
        return ForceAnalyzer.analyze(times, forces, DEFAULTS);
    }

    @Test
    void rampThroughTheThresholdsSpendsTheExactTimeAboveEach() {
        ForceMetrics m = ramp();

        // F = 10 t: at or above c for 1.2 - c/10 s; impulse above c = (12 - c)^2 / (2 * 10).
        assertThat(m.timeAboveCautionSeconds()).isCloseTo(0.45, within(1e-9));
        assertThat(m.timeAboveDangerSeconds()).isCloseTo(0.30, within(1e-9));
        assertThat(m.contactTimeSeconds()).isCloseTo(1.15, within(1e-9));
        assertThat(m.impulseAboveCautionMilliNewtonSeconds()).isCloseTo(1.0125, within(1e-9));
        assertThat(m.impulseAboveDangerMilliNewtonSeconds()).isCloseTo(0.45, within(1e-9));
    }

    @Test
    void rampHasItsSlopeMeanPeakAndLevels() {
        ForceMetrics m = ramp();

        assertThat(m.rateOfChangeMilliNewtonsPerSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(m.meanForceMilliNewtons()).isCloseTo(6.0, within(1e-9));
        assertThat(m.peakForceMilliNewtons()).isCloseTo(12.0, within(1e-12));
        assertThat(m.currentForceMilliNewtons()).isCloseTo(12.0, within(1e-12));
        assertThat(m.durationSeconds()).isCloseTo(1.2, within(1e-12));
        assertThat(m.measuredSeconds()).isCloseTo(1.2, within(1e-12));
        assertThat(m.sampleCount()).isEqualTo(1201);
        assertThat(m.currentRiskLevel()).isEqualTo(RiskLevel.DANGER);
        assertThat(m.worstRiskLevel()).isEqualTo(RiskLevel.DANGER);
    }

    @Test
    void jitteredProfileMatchesNumpyReference() {
        List<String[]> rows = ReferenceCsv.rows("force_profile.csv");
        Map<String, Double> expected = ReferenceCsv.namedValues("force_profile_expected.csv");

        ForceMetrics m =
                ForceAnalyzer.analyze(ReferenceCsv.longColumn(rows, 0), ReferenceCsv.doubleColumn(rows, 1), DEFAULTS);

        assertThat((double) m.sampleCount()).isEqualTo(expected.get("sample_count"));
        assertThat((double) m.skippedSampleCount()).isEqualTo(expected.get("skipped_sample_count"));
        assertThat((double) m.gapCount()).isEqualTo(expected.get("gap_count"));
        assertThat(m.durationSeconds()).isCloseTo(expected.get("duration_s"), within(1e-12));
        assertThat(m.measuredSeconds()).isCloseTo(expected.get("measured_s"), within(1e-12));
        assertThat(m.currentForceMilliNewtons()).isEqualTo(expected.get("current_force_mn"));
        assertThat(m.peakForceMilliNewtons()).isEqualTo(expected.get("peak_force_mn"));
        assertThat(m.meanForceMilliNewtons()).isCloseTo(expected.get("mean_force_mn"), within(1e-9));
        assertThat(m.rateOfChangeMilliNewtonsPerSecond())
                .isCloseTo(expected.get("rate_of_change_mn_per_s"), within(1e-6));
        assertThat(m.timeAboveCautionSeconds()).isCloseTo(expected.get("time_above_caution_s"), within(1e-9));
        assertThat(m.timeAboveDangerSeconds()).isCloseTo(expected.get("time_above_danger_s"), within(1e-9));
        assertThat(m.contactTimeSeconds()).isCloseTo(expected.get("contact_time_s"), within(1e-9));
        assertThat(m.impulseAboveCautionMilliNewtonSeconds())
                .isCloseTo(expected.get("impulse_above_caution_mn_s"), within(1e-9));
        assertThat(m.impulseAboveDangerMilliNewtonSeconds())
                .isCloseTo(expected.get("impulse_above_danger_mn_s"), within(1e-9));
        assertThat(m.currentRiskLevel()).isEqualTo(RiskLevel.SAFE);
        assertThat(m.worstRiskLevel()).isEqualTo(RiskLevel.DANGER);
    }

    @Test
    void timeWeightedMeanIsNotPulledByBunchedSamples() {
        // 10 mN for 1 s then 0 mN for 0.202 s sampled 100 times as densely: the plain mean would be ~0.
        long[] times = new long[202];
        double[] forces = new double[202];
        for (int i = 0; i <= 100; i++) {
            times[i] = i * 10_000_000L;
            forces[i] = 10.0;
        }
        for (int i = 101; i < 202; i++) {
            times[i] = 1_000_000_000L + (i - 100) * 2_000_000L;
            forces[i] = 0.0;
        }

        ForceMetrics m = ForceAnalyzer.analyze(times, forces, DEFAULTS);

        // ∫F dt = 10 * 1.0 + (10 + 0) / 2 * 0.002 = 10.01 over 1.202 s.
        assertThat(m.meanForceMilliNewtons()).isCloseTo(10.01 / 1.202, within(1e-9));
    }

    @Test
    void gapIsNotCountedAsTimeAboveThreshold() {
        // 10 mN at 0, 0.1 s, then a 1 s silence, then 10 mN at 1.1 and 1.2 s.
        long[] times = {0, 100_000_000L, 1_100_000_000L, 1_200_000_000L};
        double[] forces = {10, 10, 10, 10};

        ForceMetrics m = ForceAnalyzer.analyze(times, forces, DEFAULTS);

        assertThat(m.gapCount()).isEqualTo(1);
        assertThat(m.timeAboveDangerSeconds()).isCloseTo(0.2, within(1e-12));
        assertThat(m.measuredSeconds()).isCloseTo(0.2, within(1e-12));
        assertThat(m.durationSeconds()).isCloseTo(1.2, within(1e-12));
    }

    @Test
    void nanSamplesAreSkippedCountedAndBridgedWithinTheGapLimit() {
        long[] times = {0, 10_000_000L, 20_000_000L, 30_000_000L};
        double[] forces = {0, Double.NaN, Double.NaN, 9};

        ForceMetrics m = ForceAnalyzer.analyze(times, forces, DEFAULTS);

        assertThat(m.skippedSampleCount()).isEqualTo(2);
        assertThat(m.sampleCount()).isEqualTo(4);
        // One straight interval 0 -> 9 mN over 30 ms: at or above 7.5 mN for the last 1.5/9 of it.
        assertThat(m.timeAboveCautionSeconds()).isCloseTo(0.030 * 1.5 / 9, within(1e-12));
        assertThat(m.rateOfChangeMilliNewtonsPerSecond()).isCloseTo(300.0, within(1e-9));
    }

    @Test
    void singleSampleHasItsValueAsMeanAndNoRate() {
        ForceMetrics m = ForceAnalyzer.analyze(new long[] {42}, new double[] {8.0}, DEFAULTS);

        assertThat(m.meanForceMilliNewtons()).isEqualTo(8.0);
        assertThat(m.rateOfChangeMilliNewtonsPerSecond()).isNaN();
        assertThat(m.currentRiskLevel()).isEqualTo(RiskLevel.CAUTION);
        assertThat(m.durationSeconds()).isZero();
    }

    @Test
    void sparseSamplesTakeTheRateFromTheLastTwo() {
        // 10 Hz: the 50 ms window holds only the latest sample.
        long[] times = {0, 100_000_000L, 200_000_000L};
        double[] forces = {1, 2, 4};

        assertThat(ForceAnalyzer.analyze(times, forces, DEFAULTS).rateOfChangeMilliNewtonsPerSecond())
                .isCloseTo(20.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0,1,1     | 1,2,3     | sample times must increase, but time[2] = 1 ns is not after 1 ns
            0,5,3     | 1,2,3     | sample times must increase, but time[2] = 3 ns is not after 5 ns
            ''        | ''        | no force samples to analyse
            0,1       | NaN,NaN   | no finite force samples (2 NaN or infinite skipped)
            0,1       | 1         | 2 times but 1 force values
            """)
    void rejectsUnusableInputNamingWhatIsWrong(String times, String forces, String message) {
        long[] t = times.isEmpty()
                ? new long[0]
                : java.util.Arrays.stream(times.split(","))
                        .mapToLong(Long::parseLong)
                        .toArray();
        double[] f = forces.isEmpty()
                ? new double[0]
                : java.util.Arrays.stream(forces.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();

        assertThatThrownBy(() -> ForceAnalyzer.analyze(t, f, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10, 10,   5, 0.5
            10,  0,   5, 0.25
            0,  10,   5, 0.25
            5,   5,   5, 0.5
            4,   4,   5, 0.0
            """)
    void intervalTimeAtOrAboveFollowsTheStraightLine(double a, double b, double c, double expected) {
        assertThat(ForceAccumulator.timeAtOrAbove(a, b, 0.5, c)).isCloseTo(expected, within(1e-12));
    }
}
