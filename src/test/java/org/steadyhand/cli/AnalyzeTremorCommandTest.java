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
import java.util.Locale;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code steadyhand analyze tremor} run in-process through {@link SteadyhandCli}, on generated files. */
class AnalyzeTremorCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RATE_HZ = 1000;
    /** 50 µm peak at 10 Hz: RMS 50 / sqrt(2) = 35.36 µm. */
    private static final double AMPLITUDE_MM = 0.050;

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

    private String timedFile(String name, double seconds, IntToDoubleFunction value) throws IOException {
        StringBuilder csv = new StringBuilder("t,value\n");
        for (int i = 0; i < seconds * RATE_HZ; i++) {
            csv.append(String.format(Locale.ROOT, "%.6f,%.12g%n", i / RATE_HZ, value.applyAsDouble(i)));
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv);
        return file.toString();
    }

    @Test
    void tenHertzPositionTremorOnADriftingHand() throws Exception {
        String file = timedFile("position.csv", 10, i -> {
            double t = i / RATE_HZ;
            return 3.0 * Math.sin(2 * Math.PI * 0.2 * t) + AMPLITUDE_MM * Math.sin(2 * Math.PI * 10 * t);
        });

        Outcome outcome = run("analyze", "tremor", "--input", file, "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        assertThat(m.get("peak_hz").asDouble()).isCloseTo(10.0, within(0.1));
        assertThat(m.get("rms_um").asDouble()).isCloseTo(35.36, within(35.36 * 0.03));
        assertThat(m.get("band").asText()).isEqualTo("physiological");
        assertThat(m.get("band_power_ratio").asDouble()).isGreaterThan(0.9);
        assertThat(m.get("physiological_power").asDouble()).isCloseTo(1250.0, within(1250 * 0.06));
        assertThat(m.get("parkinsonian_power").asDouble()).isLessThan(10.0);
        // Just above the 35 µm of full marks: 100 ln(200 / 35.36) / ln(200 / 35) = 99.4.
        assertThat(m.get("stability_score").asDouble()).isCloseTo(99.4, within(0.3));
    }

    @Test
    void accelerationOfTheSameTremorGivesTheSameDisplacement() throws Exception {
        double omega = 2 * Math.PI * 10;
        // a = -(2 pi f)^2 x: 50 µm at 10 Hz is about 0.197 m/s², plus gravity on this axis.
        String file = timedFile(
                "acceleration.csv",
                10,
                i -> 9.81 - omega * omega * AMPLITUDE_MM / 1000 * Math.sin(omega * i / RATE_HZ));

        Outcome outcome = run("analyze", "tremor", "--input", file, "--unit", "m/s2", "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(JSON.readTree(outcome.out()).get("rms_um").asDouble()).isCloseTo(35.4, within(35.4 * 0.03));
    }

    @Test
    void whiteNoiseHasNoDominantBand() throws Exception {
        Random random = new Random(7);
        String file = timedFile("noise.csv", 20, i -> 0.02 * random.nextGaussian());

        JsonNode m = JSON.readTree(
                run("analyze", "tremor", "--input", file, "--json").out());

        assertThat(m.get("band").asText()).isEqualTo("none");
        assertThat(m.get("peak_hz").isNull()).isTrue();
    }

    @Test
    void aSingleColumnWithARateReadsAsUniformSamples() throws Exception {
        StringBuilder csv = new StringBuilder("x_um\n");
        for (int i = 0; i < 2500; i++) {
            csv.append(String.format(Locale.ROOT, "%.9f%n", 40 * Math.sin(2 * Math.PI * 6 * i / 250.0)));
        }
        Path file = folder.resolve("um.csv");
        Files.writeString(file, csv);

        JsonNode m = JSON.readTree(
                run("analyze", "tremor", "--input", file.toString(), "--unit", "um", "--rate", "250", "--json")
                        .out());

        assertThat(m.get("peak_hz").asDouble()).isCloseTo(6.0, within(0.1));
        assertThat(m.get("band").asText()).isEqualTo("essential_or_parkinsonian");
        assertThat(m.get("rms_um").asDouble()).isCloseTo(40 / Math.sqrt(2), within(40 / Math.sqrt(2) * 0.03));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            t,x\\n0,1\\n0.001,2\\n0.0005,3\\n | line 4: time 0.0005 s is before
            ''                               | empty
            t,x\\n0,1\\n0.001,2\\n           | need at least
            """)
    void badFilesExitWithTwoAndOneLine(String text, String message) throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, text.replace("\\n", "\n"));

        Outcome outcome = run("analyze", "tremor", "--input", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().lines()).hasSize(1).first().asString().contains(message);
    }

    @Test
    void aUnitThatIsNotATremorSignalIsRefused() throws Exception {
        String file = timedFile("f.csv", 3, i -> 1.0);

        Outcome outcome = run("analyze", "tremor", "--input", file, "--unit", "mN");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("unknown tremor unit 'mN'; use mm, um, m/s2 or rad/s");
    }
}
