package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code steadyhand analyze hrv} in-process, on the analysis's reference series and on bad files. */
class AnalyzeHrvCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERENCE = "/org/steadyhand/analysis/hrv/";

    @TempDir
    Path folder;

    private record Outcome(int exitCode, String out, String err) {}

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new SteadyhandCli(dataFolder -> {
                    throw new AssertionError("analyze needs no database");
                })
                .run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private String file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(REFERENCE + name)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file.toString();
        }
    }

    /** Expected values of one case of hrv_reference.csv, by key. */
    private static Map<String, Double> expected(String caseKey) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (InputStream in = AnalyzeHrvCommandTest.class.getResourceAsStream(REFERENCE + "hrv_reference.csv")) {
            for (String line : new String(in.readAllBytes()).split("\n")) {
                if (line.startsWith(caseKey + ",")) {
                    String[] cells = line.split(",");
                    values.put(cells[4], Double.parseDouble(cells[5]));
                }
            }
        }
        return values;
    }

    @Test
    void comparisonSettingsGiveTheIssuesKeysWithTheScipyValues() throws Exception {
        Outcome outcome = run(
                "analyze",
                "hrv",
                "--rr",
                resource("rr_clean.csv"),
                "--detrend",
                "none",
                "--artefacts",
                "none",
                "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode json = JSON.readTree(outcome.out());
        Map<String, Double> expected = expected("clean,none,none,welch");
        for (String key : new String[] {
            "mean_rr_ms",
            "sdnn_ms",
            "rmssd_ms",
            "pnn50_pct",
            "mean_hr_bpm",
            "vlf_ms2",
            "lf_ms2",
            "hf_ms2",
            "lf_hf",
            "lf_peak_hz",
            "hf_peak_hz",
            "sd1_ms",
            "sd2_ms",
            "stress_index"
        }) {
            assertThat(json.get(key).asDouble())
                    .as(key)
                    .isCloseTo(expected.get(key), within(1e-6 * Math.abs(expected.get(key))));
        }
        assertThat(json.get("settings").get("detrend").asText()).isEqualTo("none");
        assertThat(json.get("settings").get("welch_window_s").asDouble()).isEqualTo(300);
        assertThat(json.get("settings").get("resample_hz").asDouble()).isEqualTo(4);
    }

    @Test
    void defaultsAreSmoothnessPriorsDetrendingAndArtefactCorrectionCanBeAsked() throws Exception {
        Outcome outcome = run("analyze", "hrv", "--rr", resource("rr_ectopic.csv"), "--artefacts", "correct", "--json");

        JsonNode json = JSON.readTree(outcome.out());
        Map<String, Double> expected = expected("ectopic,correct,none,welch");
        assertThat(json.get("settings").get("detrend").asText()).isEqualTo("smoothness");
        assertThat(json.get("artefacts").asInt()).isEqualTo(6);
        assertThat(json.get("corrected").asInt()).isEqualTo(6);
        assertThat(json.get("rmssd_ms").asDouble()).isCloseTo(expected.get("rmssd_ms"), within(1e-9));
    }

    @Test
    void intervalsOfZeroAndTenSecondsAreCountedNotAnalysed() throws Exception {
        Outcome outcome =
                run("analyze", "hrv", "--rr", file("bad.csv", "rr_ms\n800\n0\n810\n10000\n820\n830\n"), "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode json = JSON.readTree(outcome.out());
        assertThat(json.get("out_of_range_intervals").asInt()).isEqualTo(2);
        assertThat(json.get("analysed_intervals").asInt()).isEqualTo(4);
        assertThat(json.get("mean_rr_ms").asDouble()).isCloseTo(815, within(1e-9));
        assertThat(json.get("lf_ms2").isNull())
                .as("no spectrum from 3 s of data")
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv  |                         | holds no RR intervals
            header.csv | rr_ms                   | holds no RR intervals
            text.csv   | rr_ms\\n800\\nabc\\n    | line 3: 'abc' is not an RR interval
            other.csv  | t,value\\n1,2\\n        | expected the header 'rr_ms'
            zeros.csv  | rr_ms\\n0\\n0\\n0\\n0\\n | at least 3 RR intervals
            """)
    void badFilesExitWithCodeTwoAndOneLine(String name, String text, String message) throws Exception {
        String content = text == null ? "" : text.replace("\\n", "\n");

        Outcome outcome = run("analyze", "hrv", "--rr", file(name, content));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().strip()).contains(message).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownDetrendIsBadUsage() throws Exception {
        Outcome outcome = run("analyze", "hrv", "--rr", resource("rr_clean.csv"), "--detrend", "cubic");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--detrend must be none, linear or smoothness");
    }

    @Test
    void textOutputNamesTheCountsAndValues() throws Exception {
        Outcome outcome = run("analyze", "hrv", "--rr", resource("rr_clean.csv"));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("487 intervals", "rmssd_ms", "stress_index", "smoothness");
    }
}
