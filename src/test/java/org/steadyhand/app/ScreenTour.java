package org.steadyhand.app;

import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntilOnFx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.steadyhand.store.Database;
import org.steadyhand.ui.ClippedLabels;
import org.steadyhand.ui.WorkstationView;
import org.steadyhand.ui.WorkstationViewModel;
import org.steadyhand.ui.rig.RigPhase;

/**
 * Opens the real workstation window on a data folder (the composition root's services, the
 * simulated rig), visits every tab of its main tab pane at 1280×800 and 1920×1080 and saves each as
 * {@code <tab-id>-<w>x<h>.png}; then the rig screen on a marksmanship module as {@code
 * rig-tab-marksmanship-<w>x<h>.png}. Run in its own JVM on a display ({@link ScreenshotsIT} starts
 * it under Xvfb). Exit code 0 when every picture was written; labels a screen had to shorten or
 * push past its right edge are printed as {@code clipped} lines.
 *
 * <p>Arguments: the data folder, the output folder.
 */
public final class ScreenTour {
    private static final int[][] SIZES = {{1280, 800}, {1920, 1080}};
    /** Time for a screen to load its data in the background before it is photographed. */
    private static final long SETTLE_MILLIS = 2_500;

    private final Stage stage;
    private final WorkstationViewModel model;
    private final Path out;

    private ScreenTour(Stage stage, WorkstationViewModel model, Path out) {
        this.stage = stage;
        this.model = model;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Database database = Workstation.openDatabase(data);
        Platform.startup(() -> Platform.setImplicitExit(false));
        WorkstationViewModel model = onFx(() -> new WorkstationViewModel(
                new GuiLauncher(data).services(database, Optional.empty()), Platform::runLater));
        Stage stage = onFx(() -> {
            Stage shown = new Stage();
            shown.setTitle("Steadyhand");
            shown.setScene(new WorkstationView(model).scene(SIZES[0][0], SIZES[0][1]));
            shown.setX(0);
            shown.setY(0);
            shown.show();
            model.activate();
            return shown;
        });
        int status = 1;
        try {
            List<Path> written = new ScreenTour(stage, model, out).visitEverything();
            written.forEach(path -> System.out.println("wrote " + path));
            status = 0;
        } finally {
            onFx(() -> {
                stage.hide();
                return null;
            });
            model.close();
            database.close();
            Platform.exit();
        }
        System.exit(status);
    }

    private List<Path> visitEverything() throws Exception {
        waitUntilOnFx(() -> model.rig().state().phaseProperty().get() == RigPhase.LIVE
                && model.rig().display().frameProperty().get().tremorStability().isPresent());
        onFx(() -> {
            model.rig().choices().traineeNameProperty().set("Alice Adams");
            return null;
        });
        List<Path> written = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(size[0], size[1]);
            List<Tab> tabs = onFx(() -> List.copyOf(tabPane().getTabs()));
            for (Tab tab : tabs) {
                onFx(() -> {
                    tabPane().getSelectionModel().select(tab);
                    return null;
                });
                pause(SETTLE_MILLIS);
                written.add(snapshot(idOf(tab) + "-" + size[0] + "x" + size[1] + ".png"));
            }
        }
        onFx(() -> {
            tabPane().getSelectionModel().select(0);
            model.rig()
                    .choices()
                    .moduleProperty()
                    .set(model.rig().choices().modules().stream()
                            .filter(m -> m.id().equals("air-rifle-10m"))
                            .findFirst()
                            .orElseThrow());
            return null;
        });
        waitUntilOnFx(() -> model.rig().state().phaseProperty().get() == RigPhase.LIVE
                && model.rig().display().shotCountProperty().get() >= 3);
        for (int[] size : SIZES) {
            resize(size[0], size[1]);
            pause(SETTLE_MILLIS);
            written.add(snapshot("rig-tab-marksmanship-" + size[0] + "x" + size[1] + ".png"));
        }
        return written;
    }

    private TabPane tabPane() {
        return (TabPane) stage.getScene().lookup("#tabs");
    }

    private static String idOf(Tab tab) {
        if (tab.getId() != null && !tab.getId().isBlank()) {
            return tab.getId();
        }
        return tab.getText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-tab";
    }

    /** Makes the scene exactly {@code width} × {@code height}, whatever decorations the window has. */
    private void resize(int width, int height) throws Exception {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        pause(500);
        onFx(() -> {
            Scene scene = stage.getScene();
            stage.setWidth(width + (stage.getWidth() - scene.getWidth()));
            stage.setHeight(height + (stage.getHeight() - scene.getHeight()));
            return null;
        });
        pause(700);
    }

    /**
     * Saves the window as {@code name} and prints {@code clipped <name>: <label>} for each label
     * the screen failed to fit, for {@link ScreenshotsIT} to refuse.
     */
    private Path snapshot(String name) throws Exception {
        onFx(() -> ClippedLabels.in(stage.getScene().getRoot()))
                .forEach(label -> System.out.println("clipped " + name + ": " + label));
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path file = out.resolve(name);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
        return file;
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
