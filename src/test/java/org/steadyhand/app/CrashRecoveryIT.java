package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during a 30 s recording loses at most about one second of samples, and the next start
 * marks the session interrupted and keeps the rest.
 */
class CrashRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;

    @Test
    void killedRecordingIsInterruptedWithAtMostASecondLost() throws Exception {
        Map<String, String> env = Map.of("STEADYHAND_HOME", dataFolder.toString());
        Process recorder = Launcher.builder(
                        env, "record", "--module", "forceps", "--trainee", "crash", "--duration", "30s")
                .redirectErrorStream(true)
                .redirectOutput(dataFolder.resolve("recorder-output.txt").toFile())
                .start();
        try {
            JsonNode live = waitForRecordedSeconds(env, 5, recorder);
            assertThat(live.get("status").asText()).isEqualTo("recording");
            assertThat(recorder.isAlive()).isTrue();

            Instant killedAt = Instant.now();
            recorder.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(recorder.waitFor(10, TimeUnit.SECONDS)).isTrue();

            JsonNode after = onlySession(env).orElseThrow();
            Instant started = Instant.parse(after.get("started_at").asText());
            long recordedMillisAtKill = Duration.between(started, killedAt).toMillis();
            long stored = samples(after, "tip_force");
            assertThat(after.get("status").asText()).isEqualTo("interrupted");
            assertThat(stored).isBetween(recordedMillisAtKill - 1_100, recordedMillisAtKill + 50);
            assertThat(after.get("ended_at").isNull()).isFalse();
        } finally {
            recorder.destroyForcibly();
        }
    }

    /** Polls through a second process (the CLI beside the recorder) until enough is committed. */
    private JsonNode waitForRecordedSeconds(Map<String, String> env, int seconds, Process recorder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!recorder.isAlive()) {
                throw new AssertionError("the recorder exited early with " + recorder.exitValue() + ": "
                        + Files.readString(dataFolder.resolve("recorder-output.txt")) + "\nlog: " + log());
            }
            Optional<JsonNode> session = onlySession(env);
            if (session.isPresent() && samples(session.get(), "tip_force") >= seconds * 1000L) {
                return session.get();
            }
        }
        throw new AssertionError("the recording did not store " + seconds + " s within 90 s; log: " + log());
    }

    private String log() throws java.io.IOException {
        Path log = dataFolder.resolve("logs/steadyhand.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    private static Optional<JsonNode> onlySession(Map<String, String> env) throws Exception {
        Launcher.Result sessions = Launcher.run(60, env, "sessions", "--json");
        assertThat(sessions.exitCode()).as(sessions.err()).isZero();
        JsonNode list = JSON.readTree(sessions.out());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static long samples(JsonNode session, String channelName) {
        for (JsonNode channel : session.get("channels")) {
            if (channel.get("name").asText().equals(channelName)) {
                return channel.get("sample_count").asLong();
            }
        }
        return 0;
    }
}
