package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.testfx.api.FxToolkit;

/**
 * {@link WorkstationGui#run()} from construction to return: the window opens at its default size,
 * and closing it during a recording stores the session as stopped before run() returns.
 *
 * <p>JavaFX can start only once per process and the other UI tests share this one, so JavaFX is
 * started first as TestFX does, and run() takes the path for an already running JavaFX (it leaves
 * it running). Starting and exiting JavaFX itself is covered by the launcher's GUI smoke test.
 */
class WorkstationGuiTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void closingTheWindowDuringARecordingStoresItAsStoppedAndReturns() throws Exception {
        try (TestWorkstation workstation = TestWorkstation.open(dir)) {
            WorkstationServices services = workstation.services(List.of("sim:3"));
            WorkstationGui gui = new WorkstationGui(services);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread main = Thread.ofPlatform().name("gui-main").unstarted(gui::run);
            main.setUncaughtExceptionHandler((thread, e) -> failure.set(e));
            main.start();

            Stage stage = waitForWindow();
            Button start = (Button) onFx(() -> stage.getScene().lookup("#start"));
            Button stop = (Button) onFx(() -> stage.getScene().lookup("#stop"));
            Label clock = (Label) onFx(() -> stage.getScene().lookup("#clock"));
            waitUntil(() -> onFx(() -> !start.isDisabled()));
            onFx(() -> {
                ((ComboBox<?>) stage.getScene().lookup("#trainee")).getEditor().setText("Linus");
                start.fire();
                return null;
            });
            waitUntil(() -> onFx(() -> !stop.isDisabled() && clock.getText().compareTo("00:01") >= 0));
            double width = onFx(() -> stage.getScene().getWidth());
            double height = onFx(() -> stage.getScene().getHeight());
            onFx(() -> {
                stage.close();
                return null;
            });
            main.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(main.isAlive())
                    .as("run() returned after the window closed")
                    .isFalse();
            assertThat(failure.get()).isNull();
            assertThat(width).isEqualTo(1280.0);
            assertThat(height).isEqualTo(800.0);
            List<SessionSummary> sessions = services.sessionCatalog().list(Optional.empty());
            assertThat(sessions).singleElement().satisfies(session -> {
                assertThat(session.traineeName()).isEqualTo("Linus");
                assertThat(session.status()).isEqualTo(SessionStatus.STOPPED);
                assertThat(session.statusMessage()).contains("the workstation window was closed");
                assertThat(session.channels().stream()
                                .mapToLong(StoredChannel::sampleCount)
                                .sum())
                        .isGreaterThan(1000);
            });
        }
    }

    private static Stage waitForWindow() {
        AtomicReference<Stage> found = new AtomicReference<>();
        waitUntil(() -> onFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof Stage stage && "Steadyhand".equals(stage.getTitle()) && stage.isShowing()) {
                    found.set(stage);
                }
            }
            return found.get() != null;
        }));
        return found.get();
    }
}
