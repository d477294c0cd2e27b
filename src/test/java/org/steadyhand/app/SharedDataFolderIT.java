package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one data folder, as when commands run while the GUI records. The process
 * that opened the database first serves it to the others; when it exits first, a recording that
 * was going through it must carry on and lose nothing.
 */
class SharedDataFolderIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;

    @Test
    void recordingCarriesOnWhenTheProcessServingTheDatabaseExits() throws Exception {
        Map<String, String> env = Map.of("STEADYHAND_HOME", dataFolder.toString());
        Process first = record(env, "first", "3s");
        waitForSessions(env, 1);
        Process second = record(env, "second", "8s"); // a client of the first process
        waitForSessions(env, 2);

        assertSucceeded(first, "first");
        Launcher.Result listing = Launcher.run(60, env, "sessions", "--json");
        assertThat(listing.exitCode()).as(listing.err()).isZero();
        assertSucceeded(second, "second");

        JsonNode sessions =
                JSON.readTree(Launcher.run(60, env, "sessions", "--json").out());
        assertThat(sessions).hasSize(2);
        for (JsonNode session : sessions) {
            long expected = session.get("trainee").asText().equals("first") ? 3_000 : 8_000;
            assertThat(session.get("status").asText()).isEqualTo("completed");
            for (JsonNode channel : session.get("channels")) {
                assertThat(channel.get("sample_count").asLong())
                        .as(session.toString())
                        .isBetween(expected - 100, expected + 100);
            }
        }
    }

    private Process record(Map<String, String> env, String trainee, String duration) throws Exception {
        return Launcher.builder(env, "record", "--module", "anti-tremor", "--trainee", trainee, "--duration", duration)
                .redirectErrorStream(true)
                .redirectOutput(dataFolder.resolve(trainee + ".txt").toFile())
                .start();
    }

    private void assertSucceeded(Process process, String trainee) throws Exception {
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dataFolder.resolve(trainee + ".txt")))
                .isZero();
    }

    private static void waitForSessions(Map<String, String> env, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Launcher.Result listing = Launcher.run(60, env, "sessions", "--json");
            if (listing.exitCode() == 0 && JSON.readTree(listing.out()).size() >= count) {
                return;
            }
        }
        throw new AssertionError("fewer than " + count + " sessions appeared within 60 s");
    }
}
