package org.steadyhand.ui.rig;

import eu.hansolo.tilesfx.Tile;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steadyhand.session.TrainingModule;

/**
 * The trainee's screen: the control bar on top, a line of guidance, then the live displays: the
 * tremor trace with the force gauge (surgical modules) or the target (marksmanship), and a row of
 * tiles. Builds nodes and binds them to {@link RigViewModel}; holds no state of its own.
 */
public final class RigView {
    private final RigViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label traceTitle = panelTitle();
    private final Label targetTitle = panelTitle();
    private final Tile forceTile;
    private final Tile rmsTile = RigTiles.number("rms-tile", "Tremor RMS", "µm", 1);
    private final Tile stabilityTile = RigTiles.number("stability-tile", "Stability, last 4 s", "%", 0);
    private final Tile tiltTile = RigTiles.number("tilt-tile", "Instrument tilt", "°", 1);
    private final Tile shotsTile = RigTiles.number("shots-tile", "Shots", "", 0);
    private final Tile heartTile = RigTiles.number("heart-tile", "Heart rate", "bpm", 0);
    private final Tile stressTile = RigTiles.number("stress-tile", "Stress index, last minute", "", 0);
    private final VBox targetPanel;

    public RigView(RigViewModel model) {
        this.model = model;
        LiveDisplay display = model.display();
        forceTile = RigTiles.forceGauge(display);
        RigTiles.bindValue(rmsTile, display.tremorRmsProperty(), "measuring the first second");
        bindStability(display);
        RigTiles.bindValue(tiltTile, display.tiltDegreesProperty(), "no tilt signal");
        RigTiles.bindValue(heartTile, display.heartRateBpmProperty(), "no heart-rate signal");
        RigTiles.bindValue(stressTile, display.stressIndexProperty(), "needs heart beats (RR)");
        bindShots(display);

        TraceCanvas trace = new TraceCanvas();
        trace.setId("trace");
        TargetCanvas target = new TargetCanvas();
        target.setId("target");
        target.setFace(model.targetFaceProperty().get());
        model.targetFaceProperty().addListener((o, old, face) -> target.setFace(face));
        display.frameProperty().addListener((o, old, frame) -> {
            trace.show(frame);
            target.show(frame);
        });
        trace.show(display.frameProperty().get());
        targetPanel = panel(targetTitle, target);

        Label message = new Label();
        message.setId("rig-message");
        message.getStyleClass().add("rig-message");
        message.textProperty().bind(model.state().messageProperty());
        root.setTop(new VBox(RigControls.build(model), message));
        root.setCenter(live(panel(traceTitle, trace)));
        model.choices().moduleProperty().addListener((o, old, chosen) -> showFamily(chosen));
        showFamily(model.choices().moduleProperty().get());
    }

    public Parent root() {
        return root;
    }

    /**
     * Keyboard control of the rig from anywhere in the window: F5 or Space start, Esc stops. Space
     * is left to text fields, pickers and buttons that have the focus. Returns whether it acted.
     */
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean spaceTaken = event.getTarget() instanceof TextInputControl
                || event.getTarget() instanceof ComboBoxBase<?>
                || event.getTarget() instanceof ButtonBase;
        if (code == KeyCode.F5 || (code == KeyCode.SPACE && !spaceTaken)) {
            model.start();
            return true;
        }
        if (code == KeyCode.ESCAPE && model.state().canStop().get()) {
            model.stop();
            return true;
        }
        return false;
    }

    private GridPane live(VBox tracePanel) {
        StackPane side = new StackPane(forceTile, targetPanel);
        HBox tiles = new HBox(12, rmsTile, stabilityTile, tiltTile, shotsTile, heartTile, stressTile);
        for (Tile tile : new Tile[] {rmsTile, stabilityTile, tiltTile, shotsTile, heartTile, stressTile}) {
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            tile.setPrefSize(300, 180);
        }
        forceTile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setStyle("-fx-padding: 10 16 12 16;");
        grid.add(tracePanel, 0, 0);
        grid.add(side, 1, 0);
        grid.add(tiles, 0, 1, 2, 1);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(63);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(37);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(62);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(38);
        bottom.setVgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(wide, narrow);
        grid.getRowConstraints().setAll(top, bottom);
        return grid;
    }

    private void showFamily(TrainingModule module) {
        if (module == null) {
            return;
        }
        MotionKind motion = MotionKind.of(module.family());
        boolean aims = motion == MotionKind.AIM;
        traceTitle.setText(
                motion.title() + " · " + motion.traceLabel() + ", voluntary motion removed (2 Hz high-pass)");
        rmsTile.setTitle(motion.title() + " RMS, last second");
        rmsTile.setUnit(motion.unitText());
        rmsTile.setDecimals(aims ? 2 : 1);
        targetTitle.setText("Target · " + TargetFace.forModule(module.id()).name());
        tiltTile.setTitle(aims ? "Cant" : "Instrument tilt");
        show(forceTile, !aims);
        show(targetPanel, aims);
        show(shotsTile, aims);
        show(stabilityTile, !aims);
    }

    /** Stability score, with the tremor frequency (or that there is no clear peak) under it. */
    private void bindStability(LiveDisplay display) {
        Runnable update = () -> {
            double score = display.tremorStabilityProperty().get();
            double peak = display.tremorPeakHzProperty().get();
            stabilityTile.setValue(Double.isNaN(score) ? 0 : score);
            stabilityTile.setText(
                    Double.isNaN(score)
                            ? "measuring the first 4 s"
                            : Double.isNaN(peak) ? "no clear tremor peak" : String.format("tremor peak %.1f Hz", peak));
        };
        display.tremorStabilityProperty().addListener((o, old, v) -> update.run());
        display.tremorPeakHzProperty().addListener((o, old, v) -> update.run());
        update.run();
    }

    private void bindShots(LiveDisplay display) {
        Runnable update = () -> {
            shotsTile.setValue(display.shotCountProperty().get());
            int ring = display.lastShotRingProperty().get();
            shotsTile.setText(ring < 0 ? "no shots yet" : ring == 0 ? "last shot: miss" : "last shot: " + ring);
        };
        display.shotCountProperty().addListener((o, old, n) -> update.run());
        display.lastShotRingProperty().addListener((o, old, n) -> update.run());
        update.run();
    }

    private static VBox panel(Label title, Region content) {
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(6, title, content);
        box.getStyleClass().add("panel");
        return box;
    }

    private static Label panelTitle() {
        Label label = new Label();
        label.getStyleClass().add("panel-title");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
