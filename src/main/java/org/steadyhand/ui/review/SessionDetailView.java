package org.steadyhand.ui.review;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.steadyhand.store.ExportFormat;

/**
 * The detail of one session: the time plots (position, tremor, force, tilt, RR) on one shared,
 * zoomable time axis, and beside them the score breakdown, the tremor spectrum, the target with
 * the shots, the instructor's note and the export. Builds nodes and binds them to
 * {@link SessionDetailViewModel}; the file chooser is the only dialog.
 */
final class SessionDetailView {
    private static final double SIDE_WIDTH = 470;

    private final SessionDetailViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox plots = new VBox(6);
    private final List<TimePlot> timePlots = new ArrayList<>();
    private final SpectrumPlot spectrum = new SpectrumPlot();
    private final ShotTarget target = new ShotTarget();
    private final VBox targetPanel;
    private final Label targetTitle = panelTitle("Shots");

    SessionDetailView(SessionDetailViewModel model) {
        this.model = model;
        root.setId("session-detail");
        root.setTop(topBar());
        plots.setId("detail-plots");
        plots.setPadding(new Insets(8, 8, 8, 16));
        HBox.setHgrow(plots, Priority.ALWAYS);
        targetPanel = panel(targetTitle, target);
        target.setPrefHeight(320);
        VBox side = new VBox(
                10,
                panel(panelTitle("Score"), new ScoreBreakdown(model).root()),
                panel(panelTitle("Tremor"), spectrum),
                targetPanel,
                new NoteAndExport(model, this::chooseExportFile).root());
        spectrum.setPrefHeight(250);
        side.setPadding(new Insets(8, 16, 8, 4));
        side.setPrefWidth(SIDE_WIDTH);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setMinWidth(SIDE_WIDTH + 16);
        sideScroll.setPrefWidth(SIDE_WIDTH + 16);
        sideScroll.getStyleClass().add("review-side");
        root.setCenter(new HBox(plots, sideScroll));
        model.detailProperty().addListener((o, old, loaded) -> show(loaded));
        model.spectrumProperty().addListener((o, old, state) -> spectrum.show(state));
        model.visibleRangeProperty().addListener((o, old, range) -> {
            timePlots.forEach(plot -> plot.show(range));
            target.show(range);
        });
        show(model.detailProperty().get());
    }

    private Node topBar() {
        Button back = new Button("◀  Sessions");
        back.setId("back-to-list");
        back.setOnAction(e -> model.close());
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label range = new Label();
        range.setId("visible-range");
        range.getStyleClass().add("field-label");
        range.setMinWidth(Region.USE_PREF_SIZE);
        range.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> rangeText(model.visibleRangeProperty().get()), model.visibleRangeProperty()));
        Button all = new Button("Whole session");
        all.setId("show-all");
        all.setOnAction(e -> model.showAll());
        all.disableProperty().bind(model.loadingProperty());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoom-in");
        zoomIn.setOnAction(e -> zoomCentre(0.5));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoom-out");
        zoomOut.setOnAction(e -> zoomCentre(2));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Drag to zoom · scroll · double-click for all");
        hint.getStyleClass().add("field-label");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(14, back, title, spacer, range, zoomIn, zoomOut, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");
        VBox top = new VBox(bar);
        Label message = new Label();
        message.setId("detail-message");
        message.getStyleClass().add("rig-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        top.getChildren().add(message);
        HBox hints = new HBox(hint);
        hints.setPadding(new Insets(4, 16, 0, 16));
        top.getChildren().add(hints);
        return top;
    }

    private void zoomCentre(double factor) {
        TimeRange now = model.visibleRangeProperty().get();
        model.zoomAround(now.fromNanos() + now.spanNanos() / 2, factor);
    }

    /** e.g. {@code 12.3 s – 15.8 s (3.5 s shown)} or {@code 1:02:05 – 1:04:00 (1:55 shown)}. */
    static String rangeText(TimeRange range) {
        return AxisTicks.clock(range.fromSeconds()) + " – " + AxisTicks.clock(range.toSeconds()) + "  ("
                + AxisTicks.clock(range.spanNanos() / 1e9) + " shown)";
    }

    private void show(Optional<SessionDetail> loaded) {
        timePlots.clear();
        if (loaded.isEmpty()) {
            ProgressBar progress = new ProgressBar();
            progress.setId("load-progress");
            progress.progressProperty().bind(model.loadProgressProperty());
            progress.setPrefWidth(420);
            Label loading = new Label("Loading the session…");
            loading.getStyleClass().add("panel-title");
            VBox box = new VBox(12, loading, progress);
            box.setAlignment(Pos.CENTER);
            box.visibleProperty().bind(model.loadingProperty());
            StackPane centre = new StackPane(box);
            VBox.setVgrow(centre, Priority.ALWAYS);
            plots.getChildren().setAll(centre);
            targetPanel.setVisible(false);
            targetPanel.setManaged(false);
            return;
        }
        SessionDetail detail = loaded.get();
        List<Node> children = new ArrayList<>();
        for (TimePlotData data : detail.plots()) {
            TimePlot plot = new TimePlot(data, model);
            timePlots.add(plot);
            if (data.notRecorded().isEmpty()) {
                VBox.setVgrow(plot, Priority.ALWAYS);
                plot.setPrefHeight(150);
            } else {
                plot.setPrefHeight(30);
                plot.setMinHeight(30);
                plot.setMaxHeight(30);
            }
            children.add(plot);
        }
        plots.getChildren().setAll(children);
        boolean marksmanship = detail.target().isPresent();
        targetPanel.setVisible(marksmanship);
        targetPanel.setManaged(marksmanship);
        detail.target().ifPresent(face -> {
            target.show(face, detail.shots());
            targetTitle.setText(face.name() + " target: "
                    + (detail.shots().size() == 1 ? "1 shot" : detail.shots().size() + " shots"));
        });
        TimeRange range = model.visibleRangeProperty().get();
        timePlots.forEach(plot -> plot.show(range));
        target.show(range);
    }

    /** The time plots now shown (for tests). */
    List<TimePlot> timePlots() {
        return List.copyOf(timePlots);
    }

    private Optional<File> chooseExportFile(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export session");
        String extension = format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name() + " files", "*." + extension));
        chooser.setInitialFileName(
                model.titleProperty().get().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
                        + extension);
        return Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow()));
    }

    static VBox panel(Label title, Node content) {
        VBox panel = new VBox(8, title, content);
        panel.getStyleClass().add("panel");
        return panel;
    }

    static Label panelTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }

    Node root() {
        return root;
    }
}
