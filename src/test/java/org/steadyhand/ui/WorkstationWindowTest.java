package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.ui.review.SessionRow;
import org.steadyhand.ui.rig.LiveFrame;
import org.steadyhand.ui.rig.RigPhase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workstation window on the real simulated rig and a real H2 store, driven like a user through
 * headless Monocle: live data moves, a recording is started and stopped, and it shows up in the
 * review list.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {
    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workstation = TestWorkstation.open(dir);
        model = workstation.showWindow(stage, List.of("sim:11"));
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void recordsFromTheLivePreviewAndListsTheSessionAsStopped(FxRobot robot) {
        robot.clickOn("#module").clickOn("Forceps");
        waitUntil(() -> phase() == RigPhase.LIVE
                && frame().forceMilliNewtons().isPresent()
                && frame().tremorRms().isPresent()
                && frame().heartRateBpm().isPresent());
        Tile force = robot.lookup("#force-tile").queryAs(Tile.class);
        double firstForce = onFx(force::getValue);
        double firstTraceEnd = newestTraceValue();
        waitUntil(() -> onFx(force::getValue) != firstForce);
        waitUntil(() -> newestTraceValue() != firstTraceEnd);
        assertThat(onFx(() -> robot.lookup("#rms-tile").queryAs(Tile.class).getValue()))
                .isBetween(1.0, 1000.0);
        assertThat(onFx(() -> robot.lookup("#heart-tile").queryAs(Tile.class).getValue()))
                .isBetween(40.0, 200.0);

        robot.clickOn("#trainee").write("Ada Lovelace");
        robot.clickOn("#start");
        waitUntil(() -> phase() == RigPhase.RECORDING);
        waitUntil(() ->
                onFx(() -> robot.lookup("#clock").queryLabeled().getText()).compareTo("00:02") >= 0);
        robot.clickOn("#stop");
        waitUntil(() -> phase() == RigPhase.LIVE);

        assertThat(onFx(() -> robot.lookup("#rig-message").queryLabeled().getText()))
                .startsWith("Session saved: Ada Lovelace, Forceps, stopped at 00:0");
        robot.clickOn("Review");
        TableView<?> table = robot.lookup("#sessions-table").queryAs(TableView.class);
        waitUntil(() -> onFx(() -> table.getItems().size()) == 1);
        SessionRow row = (SessionRow) onFx(() -> table.getItems().get(0));
        assertThat(row.trainee()).isEqualTo("Ada Lovelace");
        assertThat(row.module()).isEqualTo("Forceps");
        assertThat(row.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(row.samples()).isGreaterThan(5 * 1000);
        assertThat(onFx(() -> robot.lookup(".table-row-cell")
                        .lookup("stopped")
                        .tryQuery()
                        .isPresent()))
                .as("the status shows in the table")
                .isTrue();
        assertThat(onFx(() -> robot.lookup("#sessions-summary").queryLabeled().getText()))
                .isEqualTo("1 session");
    }

    @Test
    void functionKeyStartsAndEscapeStopsButSpaceInTheNameFieldIsJustASpace(FxRobot robot) {
        waitUntil(() -> phase() == RigPhase.LIVE);

        robot.clickOn("#trainee").write("Grace Hopper");
        assertThat(phase()).isEqualTo(RigPhase.LIVE);
        robot.type(KeyCode.F5);
        waitUntil(() -> phase() == RigPhase.RECORDING);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> phase() == RigPhase.LIVE);

        assertThat(onFx(() -> model.rig().choices().traineeNameProperty().get()))
                .isEqualTo("Grace Hopper");
        assertThat(onFx(() -> robot.lookup("#rig-message").queryLabeled().getText()))
                .startsWith("Session saved: Grace Hopper, Anti-tremor, stopped at");
    }

    @Test
    void windowIsTitledAndNoTextIsCutOffAtTheDefaultSize(FxRobot robot) {
        waitUntil(() -> phase() == RigPhase.LIVE && frame().tremorRms().isPresent());
        List<String> clipped =
                new ArrayList<>(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())));
        robot.clickOn("#module").clickOn("10 m air pistol");
        waitUntil(() -> phase() == RigPhase.LIVE && frame().tremorRms().isPresent());
        clipped.addAll(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())));
        robot.clickOn("Review");
        clipped.addAll(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())));

        assertThat(onFx(stage::getTitle)).isEqualTo("Steadyhand");
        assertThat(onFx(() -> stage.getScene().getWidth())).isEqualTo(1280.0);
        assertThat(onFx(() -> stage.getScene().getHeight())).isEqualTo(800.0);
        assertThat(clipped).as("labels shown with an ellipsis").isEmpty();
        assertThat(onFx(() -> robot.lookup("#status-data").queryLabeled().getText()))
                .contains(dir.toString());
        assertThat(onFx(() -> robot.lookup("#status-dropped").queryLabeled().getText()))
                .matches("Live view dropped: [0-9,]+");
    }

    private RigPhase phase() {
        return onFx(() -> model.rig().state().phaseProperty().get());
    }

    private LiveFrame frame() {
        return onFx(() -> model.rig().display().frameProperty().get());
    }

    private double newestTraceValue() {
        double[] values = frame().traceValues();
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }
}
