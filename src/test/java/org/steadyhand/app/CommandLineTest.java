package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.cli.CliServices;
import org.steadyhand.cli.SteadyhandCli;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;

/**
 * The command line through the real composition root, in-process, against a real H2 database in
 * a temporary data folder and the real simulated rig.
 */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;

    private record Outcome(int exitCode, String out, String err) {}

    private Outcome run(String... args) {
        List<String> withDb = new ArrayList<>(List.of(args));
        withDb.add("--db");
        withDb.add(dataFolder.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new SteadyhandCli(Workstation::openForCommands)
                .run(withDb.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void recordsASimulatedSessionAndListsItWithSampleCounts() throws Exception {
        Outcome record = run(
                "record",
                "--source",
                "sim?pace=realtime",
                "--module",
                "forceps",
                "--trainee",
                "alice",
                "--duration",
                "2s",
                "--seed",
                "7",
                "--json");

        assertThat(record.exitCode()).as(record.err()).isZero();
        JsonNode session = JSON.readTree(record.out());
        String id = session.get("session_id").asText();
        assertThat(session.get("status").asText()).isEqualTo("completed");
        assertThat(session.get("sources").get(0).asText()).startsWith("sim:7");
        JsonNode force = channel(session, "tip_force");
        assertThat(force.get("unit").asText()).isEqualTo("mN");
        assertThat(force.get("sample_count").asLong()).isBetween(1900L, 2100L);

        JsonNode listed = JSON.readTree(run("sessions", "--json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("session_id").asText()).isEqualTo(id);
        assertThat(channel(listed.get(0), "tip_x").get("sample_count").asLong()).isBetween(1900L, 2100L);
    }

    @Test
    void aSourceRunningFasterThanRealTimeLosesNothingBeforeTheRecorderListens() throws Exception {
        Outcome record = run(
                "record",
                "--source",
                "sim:3?pace=fast",
                "--module",
                "forceps",
                "--trainee",
                "dee",
                "--duration",
                "2s",
                "--json");

        assertThat(record.exitCode()).as(record.err()).isZero();
        // The fast rig makes its 2 s of samples in milliseconds. Every one of them is stored: from
        // the first, which the rig makes as soon as it starts (a few ms after time zero, once the
        // session row exists), one every millisecond up to the end of the session.
        String id = JSON.readTree(record.out()).get("session_id").asText();
        try (CliServices services = Workstation.openForCommands(Optional.of(dataFolder))) {
            StoredChannel force =
                    services.catalog().resolve(id).channel("tip_force").orElseThrow();
            assertThat(force.firstNanos()).isLessThan(100_000_000L);
            assertThat(force.lastNanos()).isGreaterThan(1_998_000_000L);
            assertThat(force.sampleCount()).isEqualTo(Math.round((force.lastNanos() - force.firstNanos()) / 1e6) + 1);
        }
    }

    @Test
    void reportAndExportFindTheSessionByIdPrefix() throws Exception {
        Outcome record = run("record", "--module", "anti-tremor", "--trainee", "bo", "--duration", "1s", "--json");
        String prefix = JSON.readTree(record.out()).get("session_id").asText().substring(0, 8);

        JsonNode report = JSON.readTree(run("report", prefix, "--json").out());
        Path csv = dataFolder.resolve("export.csv");
        Outcome export = run("export", prefix, "--format", "csv", "--out", csv.toString());

        JsonNode x = report.get("channel_statistics").get(0);
        assertThat(x.get("name").asText()).isEqualTo("tip_x");
        assertThat(x.get("sample_count").asLong()).isBetween(900L, 1100L);
        assertThat(x.get("sd").asDouble()).isPositive();
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("t_s,series,unit,value");
        assertThat(Files.lines(csv)
                        .filter(line -> line.contains(",tip_force,mN,"))
                        .count())
                .isBetween(900L, 1100L);
    }

    @Test
    void reportGivesSessionHrvFromTheRecordedHeartBeats() throws Exception {
        Outcome record = run("record", "--module", "anti-tremor", "--trainee", "di", "--duration", "6s", "--json");
        String id = JSON.readTree(record.out()).get("session_id").asText();

        JsonNode report = JSON.readTree(run("report", id, "--json").out());

        JsonNode hrv = report.get("hrv");
        long beats = report.get("events").get("rr_count").asLong();
        assertThat(beats).isGreaterThanOrEqualTo(3);
        assertThat(hrv.get("intervals").asLong()).isEqualTo(beats);
        assertThat(hrv.get("mean_rr_ms").asDouble())
                .isCloseTo(report.get("events").get("mean_rr_ms").asDouble(), within(1e-6));
        assertThat(hrv.get("rmssd_ms").asDouble()).isPositive();
        assertThat(hrv.get("lf_ms2").isNull())
                .as("6 s is too short for a spectrum")
                .isTrue();
        assertThat(hrv.get("settings").get("detrend").asText()).isEqualTo("smoothness");
    }

    @Test
    void recordScoresTheSessionAndTheScoreIsReproducibleFromStoredTelemetry() throws Exception {
        Outcome record = run(
                "record", "--module", "anti-tremor", "--trainee", "cy", "--duration", "3s", "--seed", "11", "--json");

        assertThat(record.exitCode()).as(record.err()).isZero();
        JsonNode recorded = JSON.readTree(record.out());
        JsonNode score = recorded.get("score");
        assertThat(score.get("overall").asDouble()).isBetween(0.0, 100.0);
        assertThat(score.get("grade").asText()).matches("[ABCDF]");
        assertThat(score.get("percentile").isNull())
                .as("first session of the module")
                .isTrue();
        assertThat(score.get("components"))
                .extracting(c -> c.get("id").asText())
                .containsExactly("tremor_stability", "target_achievement", "tissue_treatment");
        assertThat(score.get("metrics").get("tremor_rms_um").asDouble()).isBetween(20.0, 300.0);

        String id = recorded.get("session_id").asText();
        JsonNode reported = JSON.readTree(run("report", id, "--json").out()).get("score");
        assertThat(reported.get("overall")).isEqualTo(score.get("overall"));
        assertThat(reported.get("components")).isEqualTo(score.get("components"));
        try (CliServices services = Workstation.openForCommands(Optional.of(dataFolder))) {
            SessionSummary session = services.catalog().resolve(id);
            double stored = services.scoring()
                    .find(session)
                    .orElseThrow()
                    .stored()
                    .score()
                    .overall();
            double recomputed =
                    services.scoring().compute(session).orElseThrow().score().overall();
            assertThat(recomputed).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            record --trainee a --duration 1s                      | Missing required option: '--module=ID'
            record --module nope --trainee a --duration 1s        | unknown module 'nope'; available: anti-tremor
            record --module forceps --trainee a --duration soon   | 'soon' is not a duration
            record --module forceps --trainee a --source usb:1    | unknown source 'usb:1'
            record --module forceps --trainee a --source serial:mark11:/dev/ttyS9 | unknown serial protocol 'mark11'; known protocols: ant, cms50d, freetarget, imada, mark10, steadyhand
            record --module forceps --trainee a --source serial:mark10:/dev/ttyS9?bauds=9 | unknown option 'bauds'
            record --module forceps --trainee ' ' --duration 1s   | the trainee name is empty
            report 0123abcd                                        | no session with id starting '0123abcd'
            report zz                                              | 'zz' is not a session id
            export 0123abcd --format xml --out x.xml               | unknown export format 'xml'
            frobnicate                                             | Unmatched argument at index 0: 'frobnicate'
            """)
    void badUsageExitsWithTwoAndOneLine(String args, String message) {
        // Split on spaces outside single quotes, then drop the quotes: "--trainee ' '" gives " ".
        String[] argv = java.util.Arrays.stream(args.strip().split(" (?=(?:[^']*'[^']*')*[^']*$)"))
                .map(token -> token.replace("'", ""))
                .toArray(String[]::new);
        Outcome outcome = run(argv);

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("steadyhand: ").contains(message);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void sessionsOnAFreshDatabaseIsAnEmptyList() throws Exception {
        Outcome outcome = run("sessions", "--json");

        assertThat(outcome.exitCode()).isZero();
        assertThat(JSON.readTree(outcome.out())).isEmpty();
    }

    private static JsonNode channel(JsonNode session, String name) {
        for (JsonNode channel : session.get("channels")) {
            if (channel.get("name").asText().equals(name)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + name + " in " + session);
    }
}
