package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Trainees, Trends and League screens of a new workstation (empty database): each says what to
 * do instead of showing blank space, and nothing is cut off. Saves target/screens/NAME-empty-1280x800.png.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyPeopleScreensTest {
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
    void emptyScreensSayWhatToDo(FxRobot robot) throws IOException {
        robot.clickOn("Trainees");
        assertThat(placeholder(robot, "#trainees-table"))
                .isEqualTo("No trainees yet — add one with the form on the right");
        save("trainees");

        robot.clickOn("Trends");
        waitUntil(() -> text(robot, "#trends-headline").equals("No trainees yet — add one on the Trainees screen"));
        save("trends");

        robot.clickOn("League");
        waitUntil(() -> text(robot, "#league-local-status")
                .equals("No scored sessions of Anti-tremor yet — record one on the Rig screen"));
        assertThat(placeholder(robot, "#league-local-table"))
                .isEqualTo("The board fills as sessions of this module are scored");
        save("league");
    }

    private void save(String name) throws IOException {
        assertThat(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())))
                .as("labels of the empty " + name + " screen shown with an ellipsis")
                .isEmpty();
        Path folder = Path.of("target", "screens");
        Files.createDirectories(folder);
        ImageIO.write(
                SwingFXUtils.fromFXImage(onFx(() -> stage.getScene().snapshot(null)), null),
                "png",
                folder.resolve(name + "-empty-1280x800.png").toFile());
    }

    private static String placeholder(FxRobot robot, String table) {
        return onFx(
                () -> ((Labeled) robot.lookup(table).queryAs(TableView.class).getPlaceholder()).getText());
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryLabeled().getText());
    }
}
