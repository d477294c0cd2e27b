package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.TraineeRepository.Trainee;
import org.steadyhand.ui.league.BoardRow;
import org.steadyhand.ui.rig.RigPhase;
import org.steadyhand.ui.trainees.HandChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Trainees, Trends and League screens in the workstation window on a real H2 store filled with
 * a cohort's scored sessions, driven like a user through headless Monocle; saves a PNG of each
 * screen at 1280×800 and 1920×1080 under {@code target/screens/}.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleScreensTest {
    static final List<String> RESIDENTS = List.of(
            "Ada Okafor",
            "Ben Larsen",
            "Chloé Martin",
            "Dev Patel",
            "Eva Novak",
            "Farid Haddad",
            "Grace Kim",
            "Hugo Brandt");
    static final Instant FIRST = Instant.parse("2026-09-07T08:30:00Z");

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workstation = TestWorkstation.open(dir);
        ScoreSeeds seeds = new ScoreSeeds(workstation.database());
        seeds.cohort("Residents 2026", RESIDENTS, "anti-tremor", 14, FIRST, 8);
        seeds.cohort("Fellows", List.of("Ida Rossi", "Jon Berg", "Kai Tanaka"), "anti-tremor", 6, FIRST, 9);
        model = workstation.showWindow(stage, List.of("sim:11"));
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void createEditAndArchiveATraineeWhoThenLeavesTheListAndTheRigPicker(FxRobot robot) throws IOException {
        waitUntil(() -> phase() == RigPhase.LIVE);
        robot.clickOn("Trainees");
        TableView<?> table = robot.lookup("#trainees-table").queryAs(TableView.class);
        waitUntil(() -> onFx(() -> table.getItems().size()) == 11);

        robot.clickOn("#trainee-new");
        robot.clickOn("#trainee-name").write("Zoe Quinn");
        robot.clickOn("#trainee-cohort").write("Night shift");
        // Chosen through the control's selection: headless Monocle places the drop-down list's
        // cells unreliably, and a popup left open swallows the next click (the save).
        @SuppressWarnings("unchecked")
        ComboBox<HandChoice> hand = robot.lookup("#trainee-hand").queryAs(ComboBox.class);
        robot.interact(() -> hand.getSelectionModel().select(HandChoice.LEFT));
        robot.clickOn("#trainee-save");
        waitUntil(
                () -> onFx(() -> table.getItems().size()) == 12,
                () -> table.getItems().size() + " rows, message: " + text(robot, "#trainee-message"));
        assertThat(text(robot, "#trainee-message")).isEqualTo("Added Zoe Quinn");
        waitUntil(() -> onFx(() -> model.rig().choices().knownTrainees().contains("Zoe Quinn")));

        robot.clickOn("Zoe Quinn");
        assertThat(onFx(() -> model.trainees().nameProperty().get())).isEqualTo("Zoe Quinn");
        robot.clickOn("#trainee-cohort").push(KeyCode.CONTROL, KeyCode.A).write("Day shift");
        robot.clickOn("#trainee-save");
        waitUntil(
                () -> text(robot, "#trainee-message").equals("Saved Zoe Quinn"), () -> text(robot, "#trainee-message"));
        Trainee zoe = stored("Zoe Quinn");
        assertThat(zoe.cohort()).contains("Day shift");
        assertThat(zoe.dominantHand()).contains(TraineeRepository.Hand.LEFT);

        robot.clickOn("Zoe Quinn");
        robot.clickOn("#trainee-archive");
        waitUntil(
                () -> text(robot, "#trainee-message").equals("Archived Zoe Quinn"),
                () -> text(robot, "#trainee-message"));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(11);
        assertThat(stored("Zoe Quinn").archived()).isTrue();
        waitUntil(() -> !onFx(() -> model.rig().choices().knownTrainees().contains("Zoe Quinn")));
        assertThat(onFx(() -> model.rig().choices().knownTrainees())).hasSize(11);

        robot.clickOn("#trainee-show-archived");
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(12);
        robot.clickOn("#trainee-show-archived");
        robot.clickOn("Grace Kim");
        screenshots("trainees");
    }

    @Test
    void trendsShowTheLearningCurveAndStandingOfATraineeWithStoredScores(FxRobot robot) throws IOException {
        waitUntil(() -> phase() == RigPhase.LIVE);
        robot.clickOn("Trends");
        @SuppressWarnings("unchecked")
        ComboBox<Trainee> picker = robot.lookup("#trends-trainee").queryAs(ComboBox.class);
        waitUntil(() -> onFx(() -> picker.getItems().size()) == 11);
        // Chosen through the control's selection: headless Monocle places the drop-down list's
        // cells unreliably, so a click on a list cell can land on a neighbour.
        robot.interact(() -> picker.getSelectionModel()
                .select(picker.getItems().stream()
                        .filter(t -> t.name().equals("Dev Patel"))
                        .findFirst()
                        .orElseThrow()));

        waitUntil(() -> onFx(() -> model.trends()
                .trendProperty()
                .get()
                .map(t -> t.curve().size() == 14)
                .orElse(false)));
        var trend = onFx(() -> model.trends().trendProperty().get().orElseThrow());
        assertThat(trend.bands()).hasSize(14);
        assertThat(trend.bands().get(0).count()).isEqualTo(8);
        assertThat(trend.cohortTrainees()).isEqualTo(8);
        assertThat(text(robot, "#trends-headline")).startsWith("Dev Patel · Anti-tremor: 14 sessions, last ");
        assertThat(text(robot, "#trends-standing"))
                .matches("Standing: \\d+(st|nd|rd|th) percentile of cohort Residents 2026 \\(8 trainees, latest"
                        + " scores\\)");
        screenshots("trends");
    }

    @Test
    void leagueBoardListsEveryTraineeRankedByBestScore(FxRobot robot) throws IOException {
        waitUntil(() -> phase() == RigPhase.LIVE);
        robot.clickOn("League");
        TableView<?> table = robot.lookup("#league-local-table").queryAs(TableView.class);

        waitUntil(() -> onFx(() -> table.getItems().size()) == 11);
        List<BoardRow> rows =
                onFx(() -> table.getItems().stream().map(BoardRow.class::cast).toList());
        assertThat(rows).extracting(BoardRow::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(rows).extracting(BoardRow::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(rows.stream().filter(r -> r.cohort().orElse("").equals("Fellows")))
                .allSatisfy(r -> assertThat(r.sessions()).hasValue(6));
        assertThat(text(robot, "#league-local-status")).startsWith("11 trainees on this workstation");
        assertThat(text(robot, "#league-server-status")).startsWith("Not paired with a league server");
        screenshots("league");
    }

    private Trainee stored(String name) {
        return new TraineeRepository(workstation.database())
                .list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Saves the window as target/screens/NAME-1280x800.png, and a second view of the same model in
     * an off-screen 1920×1080 scene as NAME-1920x1080.png (the headless screen is 1280×800, so the
     * window itself cannot grow).
     */
    private void screenshots(String name) throws IOException {
        Path folder = Path.of("target", "screens");
        Files.createDirectories(folder);
        WritableImage small = onFx(() -> stage.getScene().snapshot(null));
        assertThat(onFx(() -> ClippedLabels.in(stage.getScene().getRoot())))
                .as("labels of the " + name + " screen shown with an ellipsis at 1280×800")
                .isEmpty();
        WritableImage large = onFx(() -> {
            Scene offScreen = new WorkstationView(model).scene(1920, 1080);
            TabPane tabs = (TabPane) offScreen.lookup("#tabs");
            tabs.getTabs().stream()
                    .filter(tab -> tab.getId().equals(name + "-tab"))
                    .forEach(tab -> tabs.getSelectionModel().select(tab));
            offScreen.getRoot().applyCss();
            offScreen.getRoot().layout();
            return offScreen.snapshot(null);
        });
        ImageIO.write(
                SwingFXUtils.fromFXImage(small, null),
                "png",
                folder.resolve(name + "-1280x800.png").toFile());
        ImageIO.write(
                SwingFXUtils.fromFXImage(large, null),
                "png",
                folder.resolve(name + "-1920x1080.png").toFile());
        assertThat(small.getWidth()).isEqualTo(1280.0);
        assertThat(large.getWidth()).isEqualTo(1920.0);
    }

    private RigPhase phase() {
        return onFx(() -> model.rig().state().phaseProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryLabeled().getText());
    }
}
