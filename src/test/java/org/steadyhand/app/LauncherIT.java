package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, end to end through {@code ./steadyhand} with no JAVA_HOME set. */
class LauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;

    @Test
    void recordsTenSecondsOnTheSimulatedRigAndListsTheSession() throws Exception {
        Map<String, String> env = Map.of("STEADYHAND_HOME", dataFolder.toString());

        Launcher.Result record = Launcher.run(
                120,
                env,
                "record",
                "--source",
                "sim",
                "--module",
                "anti-tremor",
                "--trainee",
                "alice",
                "--duration",
                "10s",
                "--json");
        assertThat(record.exitCode()).as(record.err()).isZero();
        String id = JSON.readTree(record.out()).get("session_id").asText();

        Launcher.Result sessions = Launcher.run(60, env, "sessions", "--json");
        assertThat(sessions.exitCode()).as(sessions.err()).isZero();
        JsonNode listed = JSON.readTree(sessions.out());
        assertThat(listed).hasSize(1);
        JsonNode session = listed.get(0);
        assertThat(session.get("session_id").asText()).isEqualTo(id);
        assertThat(session.get("trainee").asText()).isEqualTo("alice");
        assertThat(session.get("status").asText()).isEqualTo("completed");
        for (JsonNode channel : session.get("channels")) {
            if (channel.get("nominal_rate_hz").asDouble() == 1000.0) {
                assertThat(channel.get("sample_count").asLong())
                        .as(channel.toString())
                        .isBetween(9_900L, 10_100L);
            }
        }
        assertThat(session.get("channels"))
                .extracting(c -> c.get("name").asText())
                .contains("tip_x", "tip_y", "tip_z", "tip_force", "tilt");
        assertThat(session.get("event_counts").get("rr").asLong()).isBetween(8L, 20L);
        assertThat(dataFolder.resolve("steadyhand.mv.db")).exists();
        assertThat(dataFolder.resolve("logs/steadyhand.log")).exists();
    }

    @Test
    void badUsageGivesExitCodeTwoAndOneLine() throws Exception {
        Launcher.Result result = Launcher.run(
                60,
                Map.of("STEADYHAND_HOME", dataFolder.toString()),
                "record",
                "--module",
                "anti-tremor",
                "--trainee",
                "alice",
                "--duration",
                "-3s");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).startsWith("steadyhand: ").contains("-3s");
    }

    @Test
    void withoutAJdk21TheLauncherStopsAtOnceNamingWhatToInstall() throws Exception {
        // A PATH with the shell tools the launcher uses but no java, and no folders to search: as on
        // a machine without any JDK 21+.
        Path bin = Files.createDirectories(dataFolder.resolve("bin"));
        for (String tool : new String[] {"bash", "env", "sed", "dirname", "readlink", "head"}) {
            Files.createSymbolicLink(
                    bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
        }
        Map<String, String> env = Map.of("PATH", bin.toString(), "STEADYHAND_JDK_DIRS", "/nonexistent");
        long started = System.nanoTime();

        Launcher.Result result = Launcher.run(30, env, "sessions");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("no JDK 21 or newer found").contains("install");
        assertThat(result.out()).isEmpty();
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to give up").isLessThan(10);
    }
}
