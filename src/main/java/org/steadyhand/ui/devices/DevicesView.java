package org.steadyhand.ui.devices;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Devices screen: the sources seen now (top), the source opened with Test and its channels
 * (bottom left), force and pen-area calibration (bottom right). Builds nodes and binds them to
 * {@link DevicesViewModel}.
 */
public final class DevicesView {
    private final DevicesViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DeviceListing> devices;

    public DevicesView(DevicesViewModel model) {
        this.model = model;
        devices = DeviceTables.devices(model.devices());
        devices.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        keepSelection();
        root.setTop(controlBar());
        devices.setPrefHeight(190);
        devices.setMinHeight(150);
        HBox bottom = new HBox(12, openPanel(), CalibrationPanel.build(model));
        VBox.setVgrow(bottom, Priority.ALWAYS);
        VBox.setVgrow(devices, Priority.SOMETIMES);
        VBox centre = new VBox(10, devices, bottom, message());
        centre.setPadding(new Insets(10, 16, 12, 16));
        root.setCenter(centre);
    }

    /**
     * Rows are replaced as their counters change, which clears a table's selection; select the
     * same source again so Test keeps acting on what the user chose.
     */
    private void keepSelection() {
        String[] chosen = {""};
        devices.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                chosen[0] = now.device().key();
            }
        });
        // Registered after the table's own listener on the same list, so it runs once the table has
        // cleared the selection of a replaced row, within the same change.
        model.devices().addListener((ListChangeListener<DeviceListing>) change -> {
            if (devices.getSelectionModel().getSelectedItem() == null && !chosen[0].isEmpty()) {
                model.devices().stream()
                        .filter(row -> row.device().key().equals(chosen[0]))
                        .findFirst()
                        .ifPresent(row -> devices.getSelectionModel().select(row));
            }
        });
    }

    private HBox controlBar() {
        Button refresh = new Button("Refresh  F5");
        refresh.setId("devices-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button test = new Button("Test");
        test.setId("test-source");
        test.getStyleClass().add("start-button");
        test.setOnAction(e -> openSelected());
        test.disableProperty()
                .bind(devices.getSelectionModel().selectedItemProperty().isNull());
        Button close = new Button("Close");
        close.setId("close-source");
        close.setOnAction(e -> model.closeSource());
        TextField spec = new TextField();
        spec.setId("spec-field");
        spec.setPromptText("Add a spec, e.g. camera:folder:/photos");
        spec.setPrefWidth(380);
        Button add = new Button("Add");
        add.setId("add-spec");
        add.setOnAction(e -> {
            model.addSpec(spec.getText());
            spec.clear();
        });
        spec.setOnAction(add.getOnAction());
        Label listing = new Label();
        listing.setId("listing-text");
        listing.textProperty().bind(model.listingTextProperty());
        listing.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, refresh, test, close, spec, add, spacer, listing);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");
        return bar;
    }

    private VBox openPanel() {
        Label title = new Label("Open source");
        title.getStyleClass().add("panel-title");
        Label open = new Label();
        open.setId("open-text");
        open.setWrapText(true);
        open.textProperty().bind(model.openTextProperty());
        open.setMinHeight(Region.USE_PREF_SIZE);
        TableView<ChannelRow> channels = DeviceTables.channels(model.channels(), model::assign);
        channels.setPrefHeight(240);
        Button save = new Button("Save assignment to devices.json");
        save.setId("save-assignment");
        save.setOnAction(e -> model.saveAssignments());
        save.disableProperty().bind(Bindings.isEmpty(model.channels()));
        VBox panel = new VBox(8, title, open, channels, save);
        panel.getStyleClass().add("panel");
        HBox.setHgrow(panel, Priority.ALWAYS);
        VBox.setVgrow(channels, Priority.ALWAYS);
        return panel;
    }

    private Label message() {
        Label message = new Label();
        message.setId("devices-message");
        message.setWrapText(true);
        message.getStyleClass().add("rig-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        return message;
    }

    private void openSelected() {
        DeviceListing selected = devices.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.open(selected);
        }
    }

    public Parent root() {
        return root;
    }

    /** F5 refreshes while this screen is showing; returns whether it acted. */
    public boolean handleKey(KeyEvent event) {
        if (event.getCode() == KeyCode.F5) {
            model.refresh();
            return true;
        }
        return false;
    }

    /** The calibration panel: force zero and known weight, and the digitizer's working area. */
    private static final class CalibrationPanel {
        private CalibrationPanel() {}

        static VBox build(DevicesViewModel model) {
            Label title = new Label("Calibration");
            title.getStyleClass().add("panel-title");
            ComboBox<String> channel = new ComboBox<>();
            channel.setId("calibration-channel");
            channel.setPromptText("Force channel");
            channel.setPrefWidth(170);
            model.channels().addListener((ListChangeListener<ChannelRow>) change -> {
                var names = model.channels().stream()
                        .filter(row -> row.unit().equals("mN") || row.unit().equals("1"))
                        .map(ChannelRow::name)
                        .toList();
                if (!names.equals(channel.getItems())) {
                    channel.getItems().setAll(names);
                }
            });
            channel.valueProperty().bindBidirectional(model.calibrationChannelProperty());
            TextField mass = new TextField();
            mass.setId("mass-grams");
            mass.setPrefColumnCount(6);
            mass.textProperty().bindBidirectional(model.massGramsProperty());
            Button zero = new Button("Zero");
            zero.setId("zero");
            zero.setOnAction(e -> model.zero());
            Button weight = new Button("Known weight");
            weight.setId("known-weight");
            weight.setOnAction(e -> model.knownWeight());
            Label massLabel = new Label("Mass, g");
            massLabel.getStyleClass().add("field-label");
            HBox zeroRow = new HBox(10, channel, zero);
            zeroRow.setAlignment(Pos.CENTER_LEFT);
            HBox weightRow = new HBox(10, massLabel, mass, weight);
            weightRow.setAlignment(Pos.CENTER_LEFT);
            VBox force = new VBox(8, zeroRow, weightRow);
            Label stored = new Label();
            stored.setId("calibration-text");
            stored.setWrapText(true);
            stored.textProperty().bind(model.calibrationTextProperty());

            Label penTitle = new Label("Pen working area (tablet mm)");
            penTitle.getStyleClass().add("field-label");
            Button corner = new Button("Corner");
            corner.setId("pen-corner");
            corner.setOnAction(e -> model.penCorner());
            GridPane edges = new GridPane();
            edges.setHgap(8);
            edges.setVgap(4);
            TextField[] fields = new TextField[4];
            String[] names = {"Left", "Top", "Right", "Bottom"};
            for (int i = 0; i < 4; i++) {
                fields[i] = new TextField();
                fields[i].setId("pen-" + names[i].toLowerCase(java.util.Locale.ROOT));
                fields[i].setPrefColumnCount(4);
                fields[i].disableProperty().bind(Bindings.isEmpty(model.channels()));
                Label label = new Label(names[i]);
                label.getStyleClass().add("field-label");
                edges.add(label, i, 0);
                edges.add(fields[i], i, 1);
            }
            Button set = new Button("Set area");
            set.setId("pen-set");
            set.setOnAction(e -> model.enterPenArea(
                    fields[0].getText(), fields[1].getText(), fields[2].getText(), fields[3].getText()));
            HBox pen = new HBox(10, corner, edges, set);
            pen.setAlignment(Pos.BOTTOM_LEFT);
            Label area = new Label();
            area.setId("pen-area-text");
            area.setWrapText(true);
            area.textProperty().bind(model.penAreaTextProperty());
            VBox panel = new VBox(8, title, force, stored, penTitle, pen, area);
            panel.getStyleClass().add("panel");
            panel.setPrefWidth(520);
            panel.setMinWidth(480);
            for (var node : List.of(zero, weight, corner, set, massLabel, penTitle, title)) {
                node.setMinWidth(Region.USE_PREF_SIZE);
            }
            // Nothing to act on until a source is open.
            for (var control : List.of(channel, zero, weight, mass, corner, set)) {
                control.disableProperty().bind(Bindings.isEmpty(model.channels()));
            }
            for (Label wrapped : List.of(stored, area)) {
                wrapped.setMinHeight(Region.USE_PREF_SIZE);
            }
            return panel;
        }
    }
}
