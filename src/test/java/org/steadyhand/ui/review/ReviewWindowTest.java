package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.SessionId;
import org.steadyhand.ui.ClippedLabels;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;
import org.steadyhand.ui.WorkstationView;
import org.steadyhand.ui.WorkstationViewModel;
import org.steadyhand.ui.rig.RigPhase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review screen in the workstation window on the real simulated rig and a real H2 store,
 * driven like an instructor through headless Monocle: a session recorded on the Rig screen is
 * opened, its plots hold data, a note is saved and is there again on reopening. Also saves
 * screenshots of the screen under {@code target/screens/}.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationServices services;
    private WorkstationViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workstation = TestWorkstation.open(dir);
        services = workstation.services(List.of("sim:11"));
        model = new WorkstationViewModel(services, Platform::runLater);
        stage.setScene(new WorkstationView(model).scene(1280, 800));
        stage.show();
        model.activate();
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void aRecordedSessionOpensWithItsPlotsAndKeepsTheInstructorsNote(FxRobot robot) {
        robot.clickOn("#module").clickOn("Forceps");
        waitUntil(() -> onFx(() -> model.rig().state().phaseProperty().get()) == RigPhase.LIVE);
        robot.clickOn("#trainee").write("Ada Lovelace");
        robot.clickOn("#start");
        waitUntil(() -> onFx(() -> model.rig().state().phaseProperty().get()) == RigPhase.RECORDING);
        waitUntil(() ->
                onFx(() -> robot.lookup("#clock").queryLabeled().getText()).compareTo("00:03") >= 0);
        robot.clickOn("#stop");
        waitUntil(() -> onFx(() -> model.rig().state().phaseProperty().get()) == RigPhase.LIVE);

        robot.clickOn("Review");
        TableView<?> table = robot.lookup("#sessions-table").queryAs(TableView.class);
        waitUntil(() -> onFx(() -> table.getItems().size()) == 1);
        robot.clickOn(firstSessionRow(robot)).type(KeyCode.ENTER);
        waitForDetail();

        assertThat(onFx(() -> robot.lookup("#detail-title").queryLabeled().getText()))
                .isEqualTo("Ada Lovelace — Forceps");
        for (String plot : List.of("position", "tremor", "force", "tilt")) {
            TimePlot timePlot = robot.lookup("#plot-" + plot).queryAs(TimePlot.class);
            assertThat(onFx(timePlot::drawnColumns))
                    .as(plot + " columns with data")
                    .isGreaterThan(300);
            assertThat(timePlot.data().notRecorded()).isEmpty();
        }
        SpectrumPlot spectrum = robot.lookup("#spectrum-plot").queryAs(SpectrumPlot.class);
        assertThat(onFx(spectrum::state).metrics())
                .as("the spectrum shown")
                .hasValueSatisfying(m -> assertThat(m.peakHz()).isBetween(3.0, 12.0));
        assertThat(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())))
                .as("labels shown with an ellipsis")
                .isEmpty();
        TimeRange whole =
                onFx(() -> model.review().detail().visibleRangeProperty().get());
        assertThat(whole.toSeconds()).isBetween(3.0, 10.0);

        robot.drag("#plot-force").moveBy(-250, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        TimeRange zoomed =
                onFx(() -> model.review().detail().visibleRangeProperty().get());
        assertThat(zoomed.spanNanos()).isLessThan(whole.spanNanos());
        assertThat(onFx(() -> robot.lookup("#visible-range").queryLabeled().getText()))
                .contains("shown");

        robot.clickOn("#note-text").write("Steady hold; force crept over 7.5 mN twice.");
        robot.clickOn("#save-note");
        waitUntil(() -> onFx(() -> robot.lookup("#note-status").queryLabeled().getText())
                .startsWith("Saved"));
        robot.clickOn("#back-to-list");
        robot.clickOn(firstSessionRow(robot)).clickOn("#open-session");
        waitForDetail();

        assertThat(onFx(() -> robot.lookup("#note-text")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText()))
                .isEqualTo("Steady hold; force crept over 7.5 mN twice.");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !onFx(() -> model.review().detail().shownProperty().get()));
    }

    @Test
    void screenshotsOfTheListAndOfRecordedSessions() throws Exception {
        SessionId forceps = record("sim:21?pace=fast&skill=intermediate", "forceps", "Ada Lovelace", 40);
        services.scoring().scoreAndStore(forceps);
        SessionId rifle = record("sim:22?pace=fast&skill=expert", "air-rifle-10m", "Grace Hopper", 60);
        services.scoring().scoreAndStore(rifle);
        record("sim:23?pace=fast&skill=novice", "anti-tremor", "Alan Turing", 20);

        onFx(() -> {
            model.review().refresh();
            return null;
        });
        waitUntil(() -> onFx(() -> model.review().sessions().size()) == 3);
        Path screens = Path.of("target", "screens");
        Files.createDirectories(screens);
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            // A scene of its own at each size: the headless screen is only 1280 x 800.
            Scene scene = onFx(() -> {
                Scene sized = new WorkstationView(model).scene(size[0], size[1]);
                ((TabPane) sized.lookup("#tabs")).getSelectionModel().select(1);
                return sized;
            });
            String suffix = size[0] + "x" + size[1] + ".png";
            onFx(() -> {
                model.review().detail().close();
                return null;
            });
            snapshot(scene, screens.resolve("review-list-" + suffix));
            open(2); // oldest: the forceps session
            snapshot(scene, screens.resolve("review-" + suffix));
            assertThat(onFx(() -> ((Labeled) scene.lookup("#detail-title")).getText()))
                    .isEqualTo("Ada Lovelace — Forceps");
            assertThat(onFx(() -> ((Labeled) scene.lookup("#score-summary")).getText()))
                    .contains("/ 100 · grade");
            assertThat(onFx(() -> ClippedLabels.in(scene.getRoot())))
                    .as("cut-off labels")
                    .isEmpty();
            open(1); // the air rifle session
            snapshot(scene, screens.resolve("review-rifle-" + suffix));
            assertThat(onFx(() -> ClippedLabels.in(scene.getRoot())))
                    .as("cut-off labels")
                    .isEmpty();
            assertThat(onFx(() -> ((ShotTarget) scene.lookup("#shot-target")).isVisible()))
                    .isTrue();
        }
        assertThat(onFx(() -> model.review().summaryProperty().get())).isEqualTo("3 sessions");
        assertThat(Files.size(screens.resolve("review-1280x800.png"))).isGreaterThan(10_000);
        assertThat(Files.size(screens.resolve("review-1920x1080.png"))).isGreaterThan(10_000);
    }

    private SessionId record(String spec, String module, String trainee, int seconds) throws Exception {
        return SimRecordings.record(
                services.sourceRegistry(),
                services.sessionStore(),
                services.sessionCatalog(),
                spec,
                module,
                trainee,
                Duration.ofSeconds(seconds));
    }

    private void open(int row) {
        onFx(() -> {
            model.review().open(model.review().sessions().get(row));
            return null;
        });
        waitForDetail();
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
        ImageIO.write(image, "png", file.toFile());
    }

    private void waitForDetail() {
        waitUntil(() -> onFx(() -> model.review().detail().shownProperty().get()
                && model.review().detail().detailProperty().get().isPresent()
                && model.review().detail().spectrumProperty().get() != SpectrumState.COMPUTING));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first row of the review list (other screens have tables of their own). */
    private static Node firstSessionRow(FxRobot robot) {
        return robot.from(robot.lookup("#sessions-table").queryAs(TableView.class))
                .lookup(".table-row-cell")
                .query();
    }
}
