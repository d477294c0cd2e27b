package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command under a real (virtual) X server: the main window appears and shows live,
 * moving data. Two screenshots taken a moment apart must differ, and are saved as
 * target/gui-smoke-1.png and -2.png for a person to look at.
 */
class GuiSmokeIT {
    @TempDir
    Path scratch;

    private Process xvfb;
    private Process app;

    @Test
    void mainWindowShowsMovingDataOnTheSimulatedRig() throws Exception {
        Path xvfbBinary = Path.of("/usr/bin/Xvfb");
        assertThat(xvfbBinary)
                .as("Xvfb is needed for this test: apt-get install xvfb (.ci/run does)")
                .exists();
        int display = 90 + (int) (ProcessHandle.current().pid() % 100);
        Path framebufferDir = Files.createDirectories(scratch.resolve("fb"));
        xvfb = new ProcessBuilder(
                        xvfbBinary.toString(),
                        ":" + display,
                        "-screen",
                        "0",
                        "1280x800x24",
                        "-fbdir",
                        framebufferDir.toString(),
                        "-nolisten",
                        "tcp")
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("xvfb.log").toFile())
                .start();
        Path screen = framebufferDir.resolve("Xvfb_screen0");
        waitFor(() -> Files.exists(screen) && Files.exists(Path.of("/tmp/.X11-unix/X" + display)), 30, "Xvfb to start");

        app = Launcher.builder(Map.of(
                        "DISPLAY",
                        ":" + display,
                        "STEADYHAND_HOME",
                        scratch.resolve("data").toString()))
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("app.log").toFile())
                .start();
        waitFor(() -> XwdFrame.read(screen).distinctColours() > 50, 120, "the main window to be drawn");
        pause(3_000); // let the live preview fill its trace

        XwdFrame first = XwdFrame.read(screen);
        pause(1_500);
        XwdFrame second = XwdFrame.read(screen);
        Path target = Path.of(System.getProperty("user.dir"), "target");
        first.writePng(target.resolve("gui-smoke-1.png"));
        second.writePng(target.resolve("gui-smoke-2.png"));

        assertThat(app.isAlive())
                .as(Files.readString(scratch.resolve("app.log")))
                .isTrue();
        assertThat(first.distinctColours()).isGreaterThan(50);
        assertThat(second.pixelsDifferingFrom(first))
                .as("pixels that changed between the screenshots")
                .isGreaterThan(500);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {app, xvfb}) {
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

    private void waitFor(Check check, int seconds, String what) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (app != null && !app.isAlive()) {
                throw new AssertionError("the workstation exited while waiting for " + what + ":\n"
                        + Files.readString(scratch.resolve("app.log")));
            }
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException e) {
                // The framebuffer file is being created; try again.
            }
            pause(250);
        }
        throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
