package org.steadyhand.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.steadyhand.analysis.hrv.FrequencyDomain;
import org.steadyhand.analysis.hrv.HrvResult;
import org.steadyhand.analysis.hrv.HrvSettings;
import org.steadyhand.analysis.hrv.TimeDomain;

/**
 * The JSON shape of an HRV result, shared by {@code analyze hrv} and {@code report}: snake_case
 * keys with the unit in the key; a value that does not exist (spectrum of a short series, stress
 * index of constant intervals) is null, never a made-up number.
 */
final class HrvJson {
    private HrvJson() {}

    static Map<String, Object> of(HrvResult r) {
        TimeDomain t = r.timeDomain();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mean_rr_ms", t.meanRrMillis());
        json.put("sdnn_ms", t.sdnnMillis());
        json.put("rmssd_ms", t.rmssdMillis());
        json.put("pnn50_pct", t.pnn50Percent());
        json.put("nn50", t.nn50());
        json.put("mean_hr_bpm", t.meanHrBpm());
        json.put("min_hr_bpm", t.minHrBpm());
        json.put("max_hr_bpm", t.maxHrBpm());
        json.put("hrv_triangular_index", t.triangularIndex());
        FrequencyDomain f = r.frequencyDomain().orElse(null);
        json.put("vlf_ms2", f == null ? null : f.vlfMs2());
        json.put("lf_ms2", f == null ? null : f.lfMs2());
        json.put("hf_ms2", f == null ? null : f.hfMs2());
        json.put("vlf_pct", f == null ? null : f.percentOfTotal(f.vlfMs2()));
        json.put("lf_pct", f == null ? null : f.percentOfTotal(f.lfMs2()));
        json.put("hf_pct", f == null ? null : f.percentOfTotal(f.hfMs2()));
        json.put("lf_nu", f == null ? null : f.lfNormalisedUnits());
        json.put("hf_nu", f == null ? null : f.hfNormalisedUnits());
        json.put("lf_hf", f == null ? null : number(f.lfHf()));
        json.put("vlf_peak_hz", f == null ? null : number(f.vlfPeakHz()));
        json.put("lf_peak_hz", f == null ? null : number(f.lfPeakHz()));
        json.put("hf_peak_hz", f == null ? null : number(f.hfPeakHz()));
        json.put("sd1_ms", t.sd1Millis());
        json.put("sd2_ms", t.sd2Millis());
        json.put("stress_index", number(t.stressIndex()));
        json.put("intervals", r.inputCount());
        json.put("analysed_intervals", t.intervalCount());
        json.put("out_of_range_intervals", r.outOfRangeCount());
        json.put("artefacts", r.artefactCount());
        json.put("corrected", r.correctedCount());
        json.put("duration_s", r.durationSeconds());
        json.put("settings", settings(r.settings()));
        return json;
    }

    private static Map<String, Object> settings(HrvSettings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("artefacts", s.artefacts().name().toLowerCase(java.util.Locale.ROOT));
        json.put("artefact_threshold", s.artefactThreshold());
        json.put("detrend", HrvOptions.detrendName(s.detrend()));
        json.put("smoothness_lambda", s.smoothnessLambda());
        json.put("resample_hz", s.resampleRateHz());
        json.put("spectrum", s.spectrum().name().toLowerCase(java.util.Locale.ROOT));
        json.put("welch_window_s", s.welchWindowSeconds());
        json.put("welch_overlap", s.welchOverlap());
        json.put("ar_order", s.arOrder());
        json.put("rr_range_ms", new double[] {s.minRrMillis(), s.maxRrMillis()});
        return json;
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value.getAsDouble() : null;
    }
}
