package org.steadyhand.ui.rig;

import eu.hansolo.tilesfx.Tile;
import java.util.Locale;
import javafx.geometry.Pos;
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
import org.steadyhand.ui.Palette;

/**
 * The trainee's screen: the control bar on top, a line of guidance, then the live displays: the
 * tremor trace with the force gauge (surgical modules) or the target (marksmanship), and a row of
 * gauges and tiles; the alert banner, the countdown, the pause notice and the last session's result
 * card lie over them. Builds
 * nodes and binds them to {@link RigViewModel}; holds no state of its own.
 */
public final class RigView {
    /** Gauge tops: above what a trainee reaches, so the needle moves over most of the scale. */
    private static final double TREMOR_GAUGE_MAX_UM = 250;

    private static final double HOLD_GAUGE_MAX_MM = 2;
    private static final double TILT_GAUGE_MAX_DEG = 90;
    /** Cant of a rifle or pistol stays within a few degrees; ±15° shows that at a glance. */
    private static final double CANT_GAUGE_MAX_DEG = 15;
    /**
     * Tremor RMS shown green up to twice the 49 µm of eye surgeons holding an instrument still,
     * amber to the alert limit (the top of physiological tremor, 200 µm), red above (DOMAIN.md).
     */
    private static final double TREMOR_GREEN_UM = 100;
    /** Stability green from the pass mark of 70 (DOMAIN.md), red below 50. */
    private static final double STABILITY_GREEN = 70;

    private static final double STABILITY_RED = 50;
    private static final double HEART_GAUGE_MIN_BPM = 40;
    private static final double HEART_GAUGE_MAX_BPM = 180;

    private final RigViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label traceTitle = panelTitle();
    private final Label targetTitle = panelTitle();
    private final Tile forceTile;
    private final Tile rmsTile = RigTiles.gauge("rms-tile", "Tremor RMS, 1 s", "µm", 0, TREMOR_GAUGE_MAX_UM, 0);
    private final Tile holdTile = RigTiles.gauge("hold-tile", "Hold RMS, 1 s", "mm", 0, HOLD_GAUGE_MAX_MM, 2);
    private final Tile cantTile = RigTiles.gauge("cant-tile", "Cant", "°", -CANT_GAUGE_MAX_DEG, CANT_GAUGE_MAX_DEG, 1);
    private final Tile stabilityTile = RigTiles.gauge("stability-tile", "Stability, 4 s", "%", 0, 100, 0);
    private final Tile tiltTile = RigTiles.gauge("tilt-tile", "Instrument angle", "°", 0, TILT_GAUGE_MAX_DEG, 1);
    private final Tile shotsTile = RigTiles.number("shots-tile", "Total (decimal)", "", 1);
    private final Tile heartTile =
            RigTiles.gauge("heart-tile", "Heart rate", "bpm", HEART_GAUGE_MIN_BPM, HEART_GAUGE_MAX_BPM, 0);
    private final Tile stressTile = RigTiles.number("stress-tile", "Stress index, 1 min", "", 0);
    private final VBox targetPanel;
    private final FullScreen fullScreen = new FullScreen();

    public RigView(RigViewModel model) {
        this.model = model;
        LiveDisplay display = model.display();
        forceTile = RigTiles.forceGauge(display);
        RigTiles.bindValue(rmsTile, display.tremorRmsProperty(), "no signal");
        bindStability(display);
        RigTiles.bindValue(tiltTile, display.tiltDegreesProperty(), "no signal");
        RigTiles.bindValue(holdTile, display.tremorRmsProperty(), "no signal");
        RigTiles.colourBy(holdTile, display.tremorRmsProperty(), mm -> Palette.ACCENT);
        RigTiles.colourBy(cantTile, display.tiltDegreesProperty(), degrees -> Palette.ACCENT);
        RigTiles.bindValue(cantTile, display.tiltDegreesProperty(), "no signal");
        RigTiles.bindValue(heartTile, display.heartRateBpmProperty(), "no signal");
        RigTiles.bindValue(
                stressTile,
                display.stressIndexProperty(),
                "needs heart beats (RR)",
                "Baevsky index: higher, more strain");
        RigTiles.colourBy(
                rmsTile,
                display.tremorRmsProperty(),
                rms -> rms < TREMOR_GREEN_UM
                        ? Palette.SAFE
                        : rms < LiveAlerts.TREMOR_RMS_LIMIT_UM ? Palette.CAUTION : Palette.DANGER);
        RigTiles.colourBy(
                stabilityTile,
                display.tremorStabilityProperty(),
                score -> score >= STABILITY_GREEN
                        ? Palette.SAFE
                        : score >= STABILITY_RED ? Palette.CAUTION : Palette.DANGER);
        RigTiles.colourBy(
                heartTile,
                display.heartRateBpmProperty(),
                bpm -> bpm >= LiveAlerts.HEART_RATE_LIMIT_BPM ? Palette.CAUTION : Palette.ACCENT);
        RigTiles.colourBy(tiltTile, display.tiltDegreesProperty(), degrees -> Palette.ACCENT);
        bindShots(display);

        TraceCanvas trace = new TraceCanvas();
        trace.setId("trace");
        TargetCanvas target = new TargetCanvas();
        target.setId("target");
        target.setFace(model.targetFaceProperty().get());
        model.targetFaceProperty().addListener((o, old, face) -> target.setFace(face));
        targetPanel = panel(targetTitle, target);
        display.frameProperty().addListener((o, old, frame) -> {
            trace.show(frame);
            if (targetPanel.isVisible()) { // the hidden one need not paint 40 times a second
                target.show(frame);
            }
        });
        trace.show(display.frameProperty().get());
        targetPanel
                .visibleProperty()
                .addListener(
                        (o, was, shown) -> target.show(display.frameProperty().get()));

        Label message = new Label();
        message.setId("rig-message");
        message.getStyleClass().add("rig-message");
        message.textProperty().bind(model.state().messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox messageLine = new HBox(16, message, RigControls.options(model, fullScreen));
        messageLine.getStyleClass().add("message-line");
        root.setTop(new VBox(RigControls.build(model), messageLine));
        StackPane centre = new StackPane(
                live(panel(traceTitle, trace)),
                RigOverlays.countdown(model),
                RigOverlays.paused(model),
                ResultCard.build(model),
                RigOverlays.alertBanner(model.alertBanner()));
        root.setCenter(centre);
        model.choices().moduleProperty().addListener((o, old, chosen) -> showFamily(chosen));
        showFamily(model.choices().moduleProperty().get());
    }

    public Parent root() {
        return root;
    }

    /**
     * Keyboard control of the rig from anywhere in the window: F5 or Space start, P pauses and
     * resumes, Esc cancels the countdown, stops, or closes the result card, F11 toggles full screen. Space is left to text
     * fields, pickers and buttons that have the focus. Returns whether it acted.
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
        if (code == KeyCode.ESCAPE && model.state().phaseProperty().get() == RigPhase.COUNTDOWN) {
            model.cancelCountdown();
            return true;
        }
        if (code == KeyCode.ESCAPE && model.state().resultProperty().get().isPresent()) {
            model.dismissResult();
            return true;
        }
        if (code == KeyCode.ESCAPE && model.state().canStop().get()) {
            model.stop();
            return true;
        }
        if (code == KeyCode.P && model.state().canStop().get()) {
            model.pauseOrResume();
            return true;
        }
        if (code == KeyCode.F11) {
            fullScreen.toggle(root);
            return true;
        }
        return false;
    }

    private GridPane live(VBox tracePanel) {
        StackPane side = new StackPane(forceTile, targetPanel);
        Tile[] row = {rmsTile, holdTile, stabilityTile, tiltTile, cantTile, shotsTile, heartTile, stressTile};
        HBox tiles = new HBox(12, row);
        for (Tile tile : row) {
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            tile.setPrefSize(200, 180);
            tile.setMinSize(120, 120);
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
        top.setPercentHeight(58);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(42);
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
        targetTitle.setText("Target · " + TargetFace.forModule(module.id()).name());
        // Separate gauges rather than one rescaled: a gauge whose range changes under its value
        // draws its bar past the scale.
        show(rmsTile, !aims);
        show(holdTile, aims);
        show(tiltTile, !aims);
        show(cantTile, aims);
        show(forceTile, !aims);
        show(targetPanel, aims);
        show(shotsTile, aims);
        show(stabilityTile, !aims);
    }

    /**
     * Stability score in its gauge; the tremor peak frequency (or that there is none) in the trace's
     * title, since a gauge tile has no text line and TilesFX keeps a shrunken title font.
     */
    private void bindStability(LiveDisplay display) {
        RigTiles.bindValue(stabilityTile, display.tremorStabilityProperty(), "no signal");
        Runnable update = () -> {
            MotionKind motion =
                    MotionKind.of(model.choices().moduleProperty().get().family());
            double peak = display.tremorPeakHzProperty().get();
            String base = motion.title() + " · " + motion.traceLabel() + ", voluntary motion removed (2 Hz high-pass)";
            String text = motion == MotionKind.TIP
                            && !Double.isNaN(display.tremorStabilityProperty().get())
                    ? base
                            + (Double.isNaN(peak)
                                    ? " · no clear peak"
                                    : String.format(Locale.ROOT, " · peak %.1f Hz", peak))
                    : base;
            if (!text.equals(traceTitle.getText())) {
                traceTitle.setText(text);
            }
        };
        display.tremorStabilityProperty().addListener((o, old, v) -> update.run());
        display.tremorPeakHzProperty().addListener((o, old, v) -> update.run());
        model.choices().moduleProperty().addListener((o, old, v) -> update.run());
        update.run();
    }

    /** Running decimal total, with the count and the latest shot's decimal score and ring. */
    private void bindShots(LiveDisplay display) {
        Runnable update = () -> {
            int count = display.shotCountProperty().get();
            shotsTile.setValue(display.decimalTotalProperty().get());
            double last = display.lastShotDecimalProperty().get();
            int ring = display.lastShotRingProperty().get();
            RigTiles.text(
                    shotsTile,
                    count == 0
                            ? "no shots yet"
                            : String.format(
                                    Locale.ROOT,
                                    "%d shot%s · last %s",
                                    count,
                                    count == 1 ? "" : "s",
                                    ring == 0 ? "miss" : String.format(Locale.ROOT, "%.1f", last)));
        };
        display.shotCountProperty().addListener((o, old, n) -> update.run());
        display.decimalTotalProperty().addListener((o, old, n) -> update.run());
        display.lastShotDecimalProperty().addListener((o, old, n) -> update.run());
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
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
