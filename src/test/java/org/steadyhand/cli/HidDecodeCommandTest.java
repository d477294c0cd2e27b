package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.device.hid.SharedHidData;

/** {@code steadyhand hid decode} in-process on the real recordings. */
class HidDecodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private record Outcome(int exitCode, String out, String err) {}

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new SteadyhandCli(dataFolder -> {
                    throw new AssertionError("hid decode needs no database");
                })
                .run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void jsonListsFieldsAndDecodedPenEvents() throws Exception {
        Path file = SharedHidData.file(SharedHidData.PEN_PARTNER);

        Outcome outcome = run("hid", "decode", "--recording", file.toString(), "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode root = JSON.readTree(outcome.out());
        assertThat(root.path("device").path("product_id").asText()).isEqualTo("0061");
        assertThat(root.path("descriptor_bytes").asInt()).isEqualTo(110);
        assertThat(root.path("reports")
                        .get(0)
                        .path("fields")
                        .get(4)
                        .path("usage_name")
                        .asText())
                .isEqualTo("X");
        assertThat(root.path("reports")
                        .get(0)
                        .path("fields")
                        .get(4)
                        .path("flags")
                        .asText())
                .isEqualTo("Data,Var,Rel");
        JsonNode events = root.path("events");
        assertThat(events).hasSize(874);
        JsonNode firstPen = events.get(8); // E: 0.067830 8 02 90 e0 04 4c 04 00 00
        assertThat(firstPen.path("time_s").asDouble()).isCloseTo(0.06783, within(1e-9));
        assertThat(firstPen.path("report_id").asInt()).isEqualTo(2);
        assertThat(firstPen.path("fields").get(0).path("logical").asLong()).isEqualTo(0x90);
        assertThat(firstPen.path("channels").path("tip_x_mm").asDouble()).isCloseTo(24.96, within(1e-9));
        assertThat(firstPen.path("channels").path("tip_pressure_norm").asDouble())
                .isZero();
    }

    @Test
    void textShowsUnitsAndRanges() {
        Path file = SharedHidData.file(SharedHidData.AES_PEN);

        Outcome outcome = run("hid", "decode", "--recording", file.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains("device: Wacom Pen and multitouch sensor (056a:5148), descriptor 492 bytes")
                .contains("input report 6 (18 bytes)")
                .containsPattern(
                        "bit +120 +8 x 1 +X Tilt +Data,Var,Abs +logical -90\\.\\.90 +physical -90\\.\\.90 +unit deg exp 0")
                .containsPattern("bit +8 +16 x 1 +X .*logical 0\\.\\.30931 .*unit cm exp -3")
                .contains("events: 0");
    }

    @Test
    void badFileIsExitCodeTwoWithOneLine() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.hid.txt"), "R: 3 05 01 c0\n");

        Outcome outcome = run("hid", "decode", "--recording", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains("bad report descriptor: End Collection without Collection (byte 2)");
    }
}
