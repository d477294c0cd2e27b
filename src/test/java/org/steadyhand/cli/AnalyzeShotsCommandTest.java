package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.device.serial.protocol.FreeTargetLines;

/** {@code steadyhand analyze shots --shots FILE} on JSON files and freETarget logs in a temp folder. */
class AnalyzeShotsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private String file(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file.toString();
    }

    @Test
    void jsonShotsAreScoredWithTheirGroupStatistics() throws Exception {
        String shots = "[{\"x_mm\": 2, \"y_mm\": -2}, {\"x_mm\": 4, \"y_mm\": -2},"
                + " {\"x_mm\": 4, \"y_mm\": 0}, {\"x\": 2, \"y\": 0}]";

        Outcome outcome = run(
                "analyze", "shots", "--target", "air-rifle-10m", "--shots", file("s.json", shots.getBytes()), "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        assertThat(m.get("target").asText()).isEqualTo("air-rifle-10m");
        assertThat(m.get("shots")).hasSize(4);
        assertThat(m.get("shots").get(0).get("x_mm").asDouble()).isEqualTo(2.0);
        assertThat(m.get("shots").get(0).get("y_mm").asDouble()).isEqualTo(-2.0);
        assertThat(m.get("shots").get(0).get("score").asInt()).isEqualTo(9);
        assertThat(m.get("shots").get(0).get("decimal").asDouble()).isEqualTo(9.8);
        assertThat(m.get("shots").get(3).get("inner_ten").asBoolean()).isTrue();
        assertThat(m.get("total").asInt()).isEqualTo(37);
        assertThat(m.get("decimal_total").asDouble()).isEqualTo(38.6);
        assertThat(m.get("mpi_x_mm").asDouble()).isEqualTo(3.0);
        assertThat(m.get("mpi_y_mm").asDouble()).isEqualTo(-1.0);
        assertThat(m.get("mean_radius_mm").asDouble()).isCloseTo(Math.sqrt(2), within(1e-3));
        assertThat(m.get("extreme_spread_mm").asDouble()).isCloseTo(2 * Math.sqrt(2), within(1e-3));
        assertThat(m.get("coaching").get("strengths")).isNotNull();
    }

    @Test
    void freeTargetLogScoresTheShotsTheTargetReported() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes(FreeTargetLines.trace("freETarget V3.04"));
        log.writeBytes(FreeTargetLines.shot(1, 1.0, 0.5));
        log.writeBytes(FreeTargetLines.miss(2));
        log.writeBytes(FreeTargetLines.fault("NORTH"));
        log.writeBytes(FreeTargetLines.shot(3, -10.0, 7.0));
        log.writeBytes(FreeTargetLines.polarShot(4, 3.0, 90));

        Outcome outcome = run(
                "analyze",
                "shots",
                "--target",
                "air-pistol-10m",
                "--shots",
                file("target.log", log.toByteArray()),
                "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        assertThat(m.get("shot_count").asInt())
                .as("the miss and the fault are no shots")
                .isEqualTo(3);
        // r = 1.118 (10, 10.8), 12.207 (9, 9.4), 3.0 (10, 10.6) on the 8 mm air pistol rings
        assertThat(m.get("shots").findValues("score"))
                .extracting(JsonNode::asInt)
                .containsExactly(10, 9, 10);
        assertThat(m.get("shots").findValues("decimal"))
                .extracting(JsonNode::asDouble)
                .containsExactly(10.8, 9.4, 10.6);
        assertThat(m.get("shots").get(2).get("y_mm").asDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(m.get("total").asInt()).isEqualTo(29);
    }

    @Test
    void textOutputListsShotsTotalsAndCoaching() throws Exception {
        Outcome outcome = run(
                "analyze",
                "shots",
                "--target",
                "rifle-50m",
                "--shots",
                file("s.json", "{\"shots\": [{\"x_mm\": 0, \"y_mm\": 0}, {\"x_mm\": 9, \"y_mm\": 0}]}".getBytes()));

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out())
                .contains("2 shots on rifle-50m")
                .contains("total 19 (decimal 20.7)")
                .contains("Shoot at least 5 shots");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            # file content | target | message
            [{"x_mm": 1}] | air-rifle-10m | shot 1 needs a finite number 'y_mm'
            hello | air-rifle-10m | no shots
            '' | air-rifle-10m | no shots
            [] | air-rifle-10m | no shots
            [{"x_mm": 1, "y_mm": 2}] | air-shotgun | unknown target 'air-shotgun'
            """)
    void badFilesAndTargetsGiveOneLineAndExitCodeTwo(String content, String target, String message) throws Exception {
        Outcome outcome = run("analyze", "shots", "--target", target, "--shots", file("bad.json", content.getBytes()));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains(message);
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void shotsAndImagesTogetherAreRefused() throws Exception {
        Outcome outcome = run("analyze", "shots", "--target", "air-rifle-10m");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("give either --shots FILE or --image");
    }
}
