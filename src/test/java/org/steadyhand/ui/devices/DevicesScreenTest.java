package org.steadyhand.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;
import static org.steadyhand.ui.FxWaits.waitUntilOnFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.ui.ClippedLabels;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationView;
import org.steadyhand.ui.WorkstationViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Devices screen in the workstation window on the real simulated rig and a real H2 store,
 * driven through headless Monocle: the rig's row is listed, Test opens it, its values move, and a
 * zero calibration is stored. Saves screenshots under {@code target/screens/}.
 */
@ExtendWith(ApplicationExtension.class)
class DevicesScreenTest {
    private static final String SIM = "sim:11";

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workstation = TestWorkstation.open(dir);
        model = workstation.showWindow(stage, List.of(SIM));
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void opensTheSimulatedRigSeesItsForceMoveAndZeroesIt(FxRobot robot) throws Exception {
        robot.clickOn("#devices-tab");
        @SuppressWarnings("unchecked")
        TableView<DeviceListing> devices = robot.lookup("#devices-table").queryAs(TableView.class);
        waitUntil(() -> simRow(devices).isPresent());
        assertThat(onFx(() -> simRow(devices).orElseThrow().status())).isEqualTo("Not open");
        assertThat(onFx(() -> robot.lookup("#open-text").queryLabeled().getText()))
                .isEqualTo("Nothing open. Choose a source and press Test to see its channels.");
        saveScreen(stage.getScene(), "devices-nothing-open-1280x800.png");
        assertThat(onFx(() -> ClippedLabels.in(stage.getScene().getRoot()))).isEmpty();

        robot.interact(() -> devices.getSelectionModel().select(simRow(devices).orElseThrow()));
        robot.clickOn("#test-source");
        waitUntil(() -> onFx(() -> simRow(devices).orElseThrow().status()).equals("Attached"));
        @SuppressWarnings("unchecked")
        TableView<ChannelRow> channels = robot.lookup("#channels-table").queryAs(TableView.class);
        waitUntil(() -> onFx(() ->
                        channels.getItems().stream().map(ChannelRow::name).toList())
                .equals(List.of("tip_x", "tip_y", "tip_z", "tip_force", "tilt")));
        String firstX = onFx(() -> channels.getItems().getFirst().rawText());
        waitUntil(() -> !onFx(() -> channels.getItems().getFirst().rawText()).equals(firstX));
        waitUntil(() -> onFx(() -> simRow(devices).orElseThrow().readings()) > 1000);
        assertThat(onFx(() -> robot.lookup("#calibration-text").queryLabeled().getText()))
                .startsWith("Not calibrated");

        zeroUntilStable(robot);

        double zero = new DeviceCalibrations(workstation.database())
                .find("sim:11", "tip_force")
                .orElseThrow()
                .calibration()
                .zeroOffset();
        waitUntil(() -> onFx(() ->
                        robot.lookup("#calibration-text").queryLabeled().getText())
                .startsWith(String.format("Zero %.3f mN · scale 1.00000 mN per mN · calibrated ", zero)));
        saveScreen(stage.getScene(), "devices-1280x800.png");
        assertThat(onFx(() -> ClippedLabels.in(stage.getScene().getRoot()))).isEmpty();
        assertThat(onFx(() ->
                        devices.getSelectionModel().getSelectedItem().device().key()))
                .as("the opened row stays selected while its counters change")
                .isEqualTo(SIM);

        // Headless Monocle's screen is 1280x800, so the large size is laid out off screen.
        Scene large = onFx(() -> {
            WorkstationView view = new WorkstationView(model);
            Scene scene = view.scene(1920, 1080);
            TabPane tabs = (TabPane) scene.lookup("#tabs");
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(tab -> "devices-tab".equals(tab.getId()))
                            .findFirst()
                            .orElseThrow());
            return scene;
        });
        // The second view shares the model's lists: wait until its table shows the rig, then lay out.
        waitUntilOnFx(() ->
                !((TableView<?>) large.lookup("#devices-table")).getItems().isEmpty());
        onFx(() -> {
            large.getRoot().applyCss();
            large.getRoot().layout();
            return null;
        });
        saveScreen(large, "devices-1920x1080.png");
        assertThat(onFx(() -> ClippedLabels.in(large.getRoot()))).isEmpty();
    }

    private void zeroUntilStable(FxRobot robot) throws InterruptedException {
        // The simulated trainee grasps and peels; a zero is accepted only while the force is steady.
        for (int attempt = 0; attempt < 40; attempt++) {
            robot.clickOn("#zero");
            waitUntil(() -> !onFx(() ->
                            robot.lookup("#devices-message").queryLabeled().getText())
                    .equals(DevicesViewModel.WORKING));
            String message =
                    onFx(() -> robot.lookup("#devices-message").queryLabeled().getText());
            if (message.startsWith("Zeroed tip_force at ")) {
                return;
            }
            assertThat(message).startsWith("Not calibrated: the readings are unstable");
            Thread.sleep(300);
        }
        throw new AssertionError("the simulated force never held still for a zero");
    }

    private static Optional<DeviceListing> simRow(TableView<DeviceListing> table) {
        return table.getItems().stream()
                .filter(row -> row.device().key().equals(SIM))
                .findFirst();
    }

    private static void saveScreen(Scene scene, String name) throws IOException {
        WritableImage image = onFx(() -> scene.snapshot(null));
        Path target = Path.of("target", "screens", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
    }
}
