package org.steadyhand.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the README's launcher, {@code ./steadyhand}, as a user would, for integration tests. */
final class Launcher {
    private Launcher() {}

    record Result(int exitCode, String out, String err) {}

    static Path script() {
        String path = System.getProperty("steadyhand.launcher");
        if (path == null) {
            throw new IllegalStateException("system property steadyhand.launcher is not set (run through failsafe)");
        }
        return Path.of(path);
    }

    static ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(script().getParent().toFile());
        // The launcher must find its JDK on its own, as on a machine whose default java is 17.
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs to completion (at most {@code timeoutSeconds}) and captures both streams. */
    static Result run(long timeoutSeconds, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            Process process = builder(env, args)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "steadyhand " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
