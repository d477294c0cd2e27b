package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.cli.SteadyhandCli;
import org.steadyhand.device.serial.PolledInstrument;
import org.steadyhand.device.serial.VirtualSerialPort;

/**
 * {@code record} and {@code devices} with serial instruments, in-process through the real
 * composition root, a real database and a Mark-10 gauge played on a pseudo-terminal.
 */
class SerialCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the gauge shows: 1.234 N, i.e. 1234 mN. */
    private static final byte[] REPLY = "1.234 N\r\n".getBytes(StandardCharsets.US_ASCII);

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

    private Outcome record(String spec, String duration) {
        return run(
                "record",
                "--source",
                spec,
                "--module",
                "forceps",
                "--trainee",
                "dana",
                "--duration",
                duration,
                "--json");
    }

    private static JsonNode channel(JsonNode session, String name) {
        for (JsonNode c : session.get("channels")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no channel " + name + " in " + session);
    }

    @Test
    void recordStoresAPolledGaugesForceInMilliNewtons() throws Exception {
        try (VirtualSerialPort port = VirtualSerialPort.pluggedInAt(dataFolder.resolve("ttyGAUGE"));
                PolledInstrument gauge = new PolledInstrument(port, (byte) '\r', n -> REPLY)) {
            Outcome record = record("serial:mark10:" + port.path(), "2s");

            assertThat(record.exitCode()).as(record.err()).isZero();
            JsonNode session = JSON.readTree(record.out());
            assertThat(session.get("status").asText()).isEqualTo("completed");
            assertThat(session.get("sources").get(0).asText()).isEqualTo("serial:mark10:" + port.path());
            JsonNode force = channel(session, "tip_force");
            assertThat(force.get("unit").asText()).isEqualTo("mN");
            // 50 Hz polling for 2 s; the first poll goes out before the session starts.
            assertThat(force.get("sample_count").asLong()).isBetween(80L, 101L);
            Path csv = dataFolder.resolve("gauge.csv");
            String id = session.get("session_id").asText();
            assertThat(run("export", id, "--format", "csv", "--out", csv.toString())
                            .exitCode())
                    .isZero();
            List<String> rows = Files.readAllLines(csv).stream()
                    .filter(l -> l.contains(",tip_force,mN,"))
                    .toList();
            assertThat(rows).hasSize(force.get("sample_count").asInt());
            assertThat(rows)
                    .allSatisfy(row -> assertThat(Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)))
                            .isCloseTo(1234.0, org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @Test
    void anUnplugDuringRecordingIsStoredAsAGapAndEarlierDataIsKept() throws Exception {
        try (VirtualSerialPort port = VirtualSerialPort.pluggedInAt(dataFolder.resolve("ttyGAUGE"));
                PolledInstrument gauge = new PolledInstrument(port, (byte) '\r', n -> REPLY)) {
            CompletableFuture<Outcome> recording =
                    CompletableFuture.supplyAsync(() -> record("serial:mark10:" + port.path(), "4s"));
            Thread.sleep(1_200);
            port.unplug();
            Thread.sleep(700);
            port.plugIn();
            Outcome record = recording.get();

            assertThat(record.exitCode()).as(record.err()).isZero();
            JsonNode session = JSON.readTree(record.out());
            assertThat(session.get("status").asText()).isEqualTo("completed");
            assertThat(session.get("event_counts").get("gap").asInt()).isEqualTo(1);
            assertThat(session.get("event_counts").get("alert").asInt())
                    .as("the detach")
                    .isEqualTo(1);
            // 4 s at 50 Hz less the 0.7 s unplugged and up to ~1 s to reconnect: the second before
            // the unplug is kept, and data arrives again after the replug.
            assertThat(channel(session, "tip_force").get("sample_count").asLong())
                    .isBetween(110L, 170L);
        }
    }

    @Test
    void devicesListsAPortAProfileNamesWithItsSpec() throws Exception {
        try (VirtualSerialPort port = VirtualSerialPort.pluggedInAt(dataFolder.resolve("ttyGAUGE"))) {
            Files.writeString(dataFolder.resolve("devices.json"), """
                    {"devices": [{"name": "bench gauge", "path": "%s", "protocol": "mark10",
                                  "channels": {"tip_force": "tip_force_2"}}]}
                    """.formatted(port.path()));

            Outcome devices = run("devices", "--json");

            assertThat(devices.exitCode()).as(devices.err()).isZero();
            JsonNode listed = JSON.readTree(devices.out());
            assertThat(listed.get("profiles").asInt()).isEqualTo(1);
            JsonNode gauge = null;
            for (JsonNode p : listed.get("ports")) {
                if (p.get("path").asText().equals(port.path())) {
                    gauge = p;
                }
            }
            assertThat(gauge).as(devices.out()).isNotNull();
            assertThat(gauge.get("profile").asText()).isEqualTo("bench gauge");
            assertThat(gauge.get("spec").asText())
                    .isEqualTo("serial:mark10:" + port.path() + "?rename=tip_force:tip_force_2");
            assertThat(gauge.get("vid_pid").isNull()).isTrue();
            // No HID device on a test machine (no hidraw nodes); the list is there, and empty.
            assertThat(listed.get("hid_devices").isArray()).isTrue();
        }
    }

    @Test
    void aBrokenProfilesFileIsBadInputNamingTheFile() throws Exception {
        Files.writeString(dataFolder.resolve("devices.json"), "{\"devices\": [{\"usb\": \"0403:6001\"}]}");

        Outcome devices = run("devices");

        assertThat(devices.exitCode()).isEqualTo(SteadyhandCli.BAD_INPUT);
        assertThat(devices.err().strip())
                .isEqualTo("steadyhand: device profiles file " + dataFolder.resolve("devices.json")
                        + ", devices[0]: 'protocol' is required");
    }

    @Test
    void recordingFromAMissingPortFailsWithAPlainMessage() {
        Outcome record = record("serial:mark10:" + dataFolder.resolve("ttyNONE"), "1s");

        assertThat(record.exitCode()).isEqualTo(SteadyhandCli.FAILED);
        assertThat(record.err()).contains("serial port " + dataFolder.resolve("ttyNONE") + " was not found");
    }
}
