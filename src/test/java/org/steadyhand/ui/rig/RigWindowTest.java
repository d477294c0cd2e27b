package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import eu.hansolo.tilesfx.Tile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.ui.ClippedLabels;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rig screen in the workstation window (headless Monocle, the real simulated rig and H2),
 * driven from the keyboard only: live gauges move, F5 counts down and records, P pauses (the clock
 * stands still and the notice shows) and resumes, and at the module's end the score appears.
 */
@ExtendWith(ApplicationExtension.class)
class RigWindowTest {
    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationViewModel model;

    @Start
    void start(Stage stage) {
        TrainingModule antiTremor = ModuleCatalog.builtIn().require("anti-tremor");
        TrainingModule quick = new TrainingModule(
                "quick-hold",
                "Quick hold",
                TrainingModule.Family.SURGICAL,
                Duration.ofSeconds(5),
                "A short hold.",
                antiTremor.target(),
                antiTremor.scoring());
        workstation = TestWorkstation.open(dir, new ModuleCatalog(List.of(quick)));
        model = workstation.showWindow(stage, List.of("sim:21"));
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void keyboardStartsACountdownThenRecordsPausesResumesAndShowsTheScoreAtTheEnd(FxRobot robot) {
        waitUntil(() -> phase() == RigPhase.LIVE
                && onFx(() -> model.rig().display().tremorRmsProperty().get()) > 0);
        Tile rms = robot.lookup("#rms-tile").queryAs(Tile.class);
        Tile tilt = robot.lookup("#tilt-tile").queryAs(Tile.class);
        double firstRms = onFx(rms::getValue);
        double firstTilt = onFx(tilt::getValue);
        waitUntil(() -> onFx(rms::getValue) != firstRms && onFx(tilt::getValue) != firstTilt);

        robot.clickOn("#trainee").write("Ada Lovelace");
        robot.type(KeyCode.F5);
        boolean countdownShown =
                onFx(() -> robot.lookup("#countdown").query().getParent().isVisible());
        String countdownText =
                onFx(() -> robot.lookup("#countdown").queryLabeled().getText());
        waitUntil(() -> phase() == RigPhase.RECORDING);
        waitUntil(() -> clock().equals("00:01"));
        // A 9.6 mN push arrives with the live data: the banner shows it.
        model.rig()
                .liveSignals()
                .accept(new SourceEvent.BlockReceived(
                        "test",
                        new SampleBlock(
                                new Channel(ChannelNames.TIP_FORCE, Unit.MILLINEWTON, 1000),
                                new long[] {1},
                                new double[] {9.6})));
        waitUntil(() -> onFx(() -> robot.lookup("#alert-banner").query().isVisible()));
        String banner = onFx(() -> robot.lookup("#alert-banner").queryLabeled().getText());
        boolean danger =
                onFx(() -> robot.lookup("#alert-banner").query().getStyleClass().contains("alert-danger"));
        save(robot, "rig-alert-1280x800.png");
        robot.type(KeyCode.P);
        waitUntil(() -> phase() == RigPhase.PAUSED);
        String clockAtPause = clock();
        save(robot, "rig-paused-1280x800.png");
        boolean pausedShown =
                onFx(() -> robot.lookup("#paused").query().getParent().isVisible());
        String pauseButton = onFx(() -> robot.lookup("#pause").queryButton().getText());
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        String clockWhilePaused = clock();
        robot.type(KeyCode.P);
        waitUntil(() -> phase() == RigPhase.RECORDING);
        waitUntil(() -> phase() == RigPhase.LIVE
                && onFx(() -> robot.lookup("#rig-message").queryLabeled().getText())
                        .startsWith("Session saved"));

        assertThat(banner).isEqualTo("Force 9.6 mN is above the danger line of 9 mN: ease off");
        assertThat(danger).isTrue();
        assertThat(countdownShown).isTrue();
        assertThat(countdownText).isIn("3", "2");
        assertThat(pausedShown).isTrue();
        assertThat(pauseButton).isEqualTo("Resume  P");
        // A slow machine may take past 00:02 to reach the pause: what matters is that it stands still.
        assertThat(clockAtPause).isIn("00:01", "00:02", "00:03");
        assertThat(clockWhilePaused).as("the clock stands still while paused").isEqualTo(clockAtPause);
        assertThat(onFx(() -> robot.lookup("#rig-message").queryLabeled().getText()))
                .startsWith("Session saved: Ada Lovelace, Quick hold, completed at 00:05.")
                .containsPattern("Score \\d+ / 100, grade [ABCDF], (passed|not passed) \\(pass mark 70\\)");
        assertThat(onFx(() -> robot.lookup("#pause").queryButton().getText())).isEqualTo("Pause  P");

        // The result card: score, grade, verdict and every component, readable without clipping.
        waitUntil(() -> onFx(() -> robot.lookup("#result-card").query().isVisible()));
        save(robot, "rig-result-1280x800.png");
        assertThat(text(robot, "#result-headline")).startsWith("Ada Lovelace · Quick hold · completed at 00:05");
        assertThat(text(robot, "#result-score")).matches("\\d{1,3}\\.\\d");
        assertThat(text(robot, "#result-grade")).matches("Grade [ABCDF]");
        assertThat(text(robot, "#result-verdict")).matches("(PASS|NOT PASSED) · pass mark 70");
        assertThat(onFx(() -> robot.lookup("#result-components")
                        .queryAs(GridPane.class)
                        .getRowCount()))
                .as("a header and the anti-tremor module's components")
                .isGreaterThanOrEqualTo(4);
        assertThat(onFx(() -> ClippedLabels.in(robot.lookup("#result-card").queryAs(Parent.class))))
                .isEmpty();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !onFx(() -> robot.lookup("#result-card").query().isVisible()));
        assertThat(phase())
                .as("Esc with the card shown closes it and nothing else")
                .isEqualTo(RigPhase.LIVE);
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryLabeled().getText());
    }

    /** Saves the window as target/screens/NAME for a person to look at. */
    private static void save(FxRobot robot, String name) {
        WritableImage image =
                onFx(() -> robot.listTargetWindows().get(0).getScene().snapshot(null));
        try {
            Path screens = Files.createDirectories(Path.of("target", "screens"));
            ImageIO.write(
                    SwingFXUtils.fromFXImage(image, null),
                    "png",
                    screens.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RigPhase phase() {
        return onFx(() -> model.rig().state().phaseProperty().get());
    }

    private String clock() {
        return onFx(() -> model.rig().clock().elapsedTextProperty().get());
    }
}
