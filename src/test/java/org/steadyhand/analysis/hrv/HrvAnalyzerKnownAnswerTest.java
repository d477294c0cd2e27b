package org.steadyhand.analysis.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HRV of synthetic series against numpy/scipy values (make_hrv_reference.py). */
class HrvAnalyzerKnownAnswerTest {
    static Stream<Arguments> cases() {
        Map<String, Map<String, Double>> byCase = new LinkedHashMap<>();
        for (String[] row : HrvReference.rows("hrv_reference.csv")) {
            String key = String.join(",", row[0], row[1], row[2], row[3]);
            byCase.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(row[4], Double.parseDouble(row[5]));
        }
        return byCase.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScipyReference(String caseName, Map<String, Double> expected) {
        List<String> parts = List.of(caseName.split(","));
        HrvSettings settings = HrvSettings.kubiosDefaults()
                .withArtefacts(
                        parts.get(1).equals("correct")
                                ? HrvSettings.ArtefactHandling.CORRECT
                                : HrvSettings.ArtefactHandling.NONE)
                .withDetrend(
                        switch (parts.get(2)) {
                            case "none" -> HrvSettings.Detrend.NONE;
                            case "linear" -> HrvSettings.Detrend.LINEAR;
                            default -> HrvSettings.Detrend.SMOOTHNESS_PRIORS;
                        })
                .withSpectrum(
                        parts.get(3).equals("ar") ? HrvSettings.SpectrumMethod.AR : HrvSettings.SpectrumMethod.WELCH);

        HrvResult result = HrvAnalyzer.analyze(HrvReference.rr("rr_" + parts.get(0) + ".csv"), settings);

        TimeDomain t = result.timeDomain();
        FrequencyDomain f = result.frequencyDomain().orElseThrow();
        assertThat(result.artefactCount())
                .isEqualTo(expected.get("artefacts_flagged").intValue());
        assertRelative(t.meanRrMillis(), expected.get("mean_rr_ms"), 1e-12);
        assertRelative(t.sdnnMillis(), expected.get("sdnn_ms"), 1e-10);
        assertRelative(t.meanHrBpm(), expected.get("mean_hr_bpm"), 1e-12);
        assertRelative(t.minHrBpm(), expected.get("min_hr_bpm"), 1e-10);
        assertRelative(t.maxHrBpm(), expected.get("max_hr_bpm"), 1e-10);
        assertRelative(t.rmssdMillis(), expected.get("rmssd_ms"), 1e-10);
        assertThat(t.nn50()).isEqualTo(expected.get("nn50").intValue());
        assertRelative(t.pnn50Percent(), expected.get("pnn50_pct"), 1e-12);
        assertRelative(t.triangularIndex(), expected.get("tri_index"), 1e-12);
        assertRelative(t.sd1Millis(), expected.get("sd1_ms"), 1e-9);
        assertRelative(t.sd2Millis(), expected.get("sd2_ms"), 1e-9);
        assertRelative(t.stressIndex().orElseThrow(), expected.get("stress_index"), 1e-10);
        assertRelative(f.vlfMs2(), expected.get("vlf_ms2"), 1e-6);
        assertRelative(f.lfMs2(), expected.get("lf_ms2"), 1e-6);
        assertRelative(f.hfMs2(), expected.get("hf_ms2"), 1e-6);
        assertRelative(f.lfHf().orElseThrow(), expected.get("lf_hf"), 1e-6);
        assertThat(f.vlfPeakHz().orElseThrow()).isCloseTo(expected.get("vlf_peak_hz"), within(1e-9));
        assertThat(f.lfPeakHz().orElseThrow()).isCloseTo(expected.get("lf_peak_hz"), within(1e-9));
        assertThat(f.hfPeakHz().orElseThrow()).isCloseTo(expected.get("hf_peak_hz"), within(1e-9));
    }

    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * tolerance));
    }
}
