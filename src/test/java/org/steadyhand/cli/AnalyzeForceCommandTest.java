package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code steadyhand analyze force} run in-process through {@link SteadyhandCli}, on files in a temp folder. */
class AnalyzeForceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** F = 10 t up to 10 mN at 1 s, then back down to 0 at 2 s, sampled every 0.25 s. */
    private static final String TRIANGLE =
            "t,force\n0,0\n0.25,2.5\n0.5,5\n0.75,7.5\n1,10\n1.25,7.5\n1.5,5\n1.75,2.5\n2,0\n";

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

    @Test
    void triangleThroughTheThresholdsGivesItsClosedFormMetrics() throws Exception {
        Outcome outcome = run("analyze", "force", "--input", file("triangle.csv", TRIANGLE), "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        // Above c for 2 * (1 - c/10) s; impulse above c = 2 * (10 - c)^2 / 20.
        assertThat(m.get("time_above_caution_s").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("time_above_danger_s").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(m.get("contact_time_s").asDouble()).isCloseTo(1.9, within(1e-9));
        assertThat(m.get("impulse_above_caution_mn_s").asDouble()).isCloseTo(0.625, within(1e-9));
        assertThat(m.get("peak_force_mn").asDouble()).isEqualTo(10.0);
        assertThat(m.get("mean_force_mn").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(m.get("current_force_mn").asDouble()).isEqualTo(0.0);
        // Samples 0.25 s apart: the rate comes from the last two, (0 - 2.5) / 0.25.
        assertThat(m.get("rate_of_change_mn_per_s").asDouble()).isCloseTo(-10.0, within(1e-9));
        assertThat(m.get("duration_s").asDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(m.get("samples").asLong()).isEqualTo(9);
        assertThat(m.get("skipped_samples").asLong()).isZero();
        assertThat(m.get("risk_level").asText()).isEqualTo("danger");
        assertThat(m.get("current_risk_level").asText()).isEqualTo("safe");
        assertThat(m.get("caution_mn").asDouble()).isEqualTo(7.5);
        assertThat(m.get("danger_mn").asDouble()).isEqualTo(9.0);
    }

    @Test
    void gramForceValuesAndARateAreConvertedToMilliNewtons() throws Exception {
        Outcome outcome = run(
                "analyze",
                "force",
                "--input",
                file("gf.csv", "force_gf\n0.5\n1\nNaN\n0.8\n"),
                "--unit",
                "gf",
                "--rate",
                "10",
                "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        assertThat(m.get("peak_force_mn").asDouble()).isCloseTo(9.80665, within(1e-12));
        assertThat(m.get("risk_level").asText()).isEqualTo("danger");
        assertThat(m.get("skipped_samples").asLong()).isEqualTo(1);
        assertThat(m.get("duration_s").asDouble()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void thresholdsFromTheCommandLineAreUsedAndReported() throws Exception {
        Outcome outcome = run(
                "analyze",
                "force",
                "--input",
                file("triangle.csv", TRIANGLE),
                "--caution",
                "5",
                "--danger",
                "8",
                "--json");

        JsonNode m = JSON.readTree(outcome.out());
        assertThat(m.get("time_above_caution_s").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("time_above_danger_s").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(m.get("caution_mn").asDouble()).isEqualTo(5.0);
    }

    @Test
    void withoutJsonPrintsAShortTable() throws Exception {
        Outcome outcome = run("analyze", "force", "--input", file("triangle.csv", TRIANGLE));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains("column 'force', mN")
                .containsPattern("risk level +danger")
                .containsPattern("peak force +10\\.000 mN")
                .containsPattern("time >= caution +0\\.500 s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv | ''                     | ''               | empty.csv is empty
            back.csv  | 't,f\\n0,1\\n-1,2\\n'  | ''               | back.csv line 3: time -1 s is before the previous sample's 0.0 s
            ok.csv    | 't,f\\n0,1\\n'         | --unit lbf       | unknown force unit 'lbf'; valid units: mN, gf, N
            ok.csv    | 't,f\\n0,1\\n'         | --danger 5       | invalid thresholds: the caution threshold (7.5 mN) must be below the danger threshold (5.0 mN)
            nan.csv   | 't,f\\n0,NaN\\n'       | ''               | no finite force samples (1 NaN or infinite skipped)
            ok.csv    | 't,f\\n0,1\\n'         | --rate 100       | has a time column 't'
            ok.csv    | 't,f\\n0,1\\n'         | --rate x         | Invalid value for option '--rate': 'x' is not a double (see 'steadyhand analyze force --help')
            """)
    void badInputExitsWithTwoAndOneLine(String name, String text, String options, String message) throws IOException {
        String path = file(name, text.replace("\\n", "\n"));
        List<String> args = new ArrayList<>(List.of("analyze", "force", "--input", path));
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split(" ")));
        }

        Outcome outcome = run(args.toArray(String[]::new));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("steadyhand: ").contains(message.replace(name, path));
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void analyzeAloneAsksForASubcommand() {
        Outcome outcome = run("analyze");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Missing required subcommand").contains("'steadyhand analyze --help'");
    }

    @Test
    void helpSaysRiskLevelIsTheWorstReached() {
        Outcome outcome = run("analyze", "force", "--help");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains("risk_level is the worst level reached")
                .contains("--max-gap");
    }
}
