package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures of every screen for a person to look at: sessions of three trainees (a surgical hold, a
 * forceps task, 10 m air rifle) are recorded through the real {@code record} command, then the real
 * workstation window opens on that data folder under a virtual X server (Xvfb) and {@link
 * ScreenTour} saves each tab of the main tab pane, and the rig screen on a marksmanship module, at
 * 1280×800 and 1920×1080 into {@code target/screens/}. Each picture must exist, have its size and
 * not be blank, and no screen may shorten a label or push it past the window's edge.
 */
class ScreenshotsIT {
    private static final List<String> SIZES = List.of("1280x800", "1920x1080");

    @TempDir
    Path scratch;

    private Process xvfb;
    private Process tour;

    @Test
    void everyScreenIsPhotographedAtBothSizesWithRecordedSessions() throws Exception {
        Path xvfbBinary = Path.of("/usr/bin/Xvfb");
        assertThat(xvfbBinary)
                .as("Xvfb is needed for this test: apt-get install xvfb (.ci/run does)")
                .exists();
        Path data = scratch.resolve("data");
        Map<String, String> env = Map.of("STEADYHAND_HOME", data.toString());
        record(env, "sim:3?skill=novice&pace=fast", "anti-tremor", "Alice Adams", "12s");
        record(env, "sim:4?skill=expert&pace=fast", "forceps", "Bob Brown", "12s");
        record(env, "sim:5?pace=fast", "air-rifle-10m", "Carol Chen", "40s");

        int display = 190 + (int) (ProcessHandle.current().pid() % 100);
        xvfb = new ProcessBuilder(
                        xvfbBinary.toString(), ":" + display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("xvfb.log").toFile())
                .start();
        waitFor(() -> Files.exists(Path.of("/tmp/.X11-unix/X" + display)), 30, "Xvfb to start");

        Path screens = Path.of(System.getProperty("user.dir"), "target", "screens");
        Path log = scratch.resolve("tour.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-Dprism.order=sw",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScreenTour.class.getName(),
                        data.toString(),
                        screens.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", ":" + display);
        tour = builder.start();
        boolean finished = tour.waitFor(240, TimeUnit.SECONDS);

        assertThat(finished).as("the tour finished within 240 s").isTrue();
        assertThat(tour.exitValue()).as(Files.readString(log)).isZero();
        List<String> written = Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("wrote "))
                .map(line ->
                        Path.of(line.substring("wrote ".length())).getFileName().toString())
                .toList();
        List<String> expected = new ArrayList<>();
        for (String size : SIZES) {
            expected.add("rig-tab-" + size + ".png");
            for (String tab : List.of("review", "trends", "league", "trainees", "devices")) {
                expected.add(tab + "-tab-" + size + ".png");
            }
            expected.add("rig-tab-marksmanship-" + size + ".png");
        }
        assertThat(written)
                .as("every tab at both sizes, the rig (both families), review, trends, league, trainees and devices")
                .containsAll(expected);
        assertThat(Files.readAllLines(log).stream().filter(line -> line.startsWith("clipped ")))
                .as("labels shortened with an ellipsis or pushed past the right edge, on a real X display")
                .isEmpty();
        for (String name : written) {
            BufferedImage image = ImageIO.read(screens.resolve(name).toFile());
            String size = name.replaceAll(".*-(\\d+x\\d+)\\.png", "$1");
            assertThat(image.getWidth() + "x" + image.getHeight()).as(name).isEqualTo(size);
            assertThat(lumaStandardDeviation(image)).as("%s is not blank", name).isGreaterThan(10);
        }
    }

    /** Spread of brightness over the picture, 0..255: a blank or single-colour picture has ~0. */
    private static double lumaStandardDeviation(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }

    private static void record(Map<String, String> env, String source, String module, String trainee, String duration)
            throws IOException, InterruptedException {
        Launcher.Result result = Launcher.run(
                180,
                env,
                "record",
                "--source",
                source,
                "--module",
                module,
                "--trainee",
                trainee,
                "--duration",
                duration);
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {tour, xvfb}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private interface Check {
        boolean holds() throws IOException;
    }

    private static void waitFor(Check check, int seconds, String what) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }
}
