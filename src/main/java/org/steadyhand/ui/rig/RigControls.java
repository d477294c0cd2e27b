package org.steadyhand.ui.rig;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steadyhand.session.TrainingModule;

/**
 * Builds the rig screen's control bar (trainee, module, skill, Start / Pause / Stop and the big
 * clock) and the options beside the message line (keys, alert sound, full screen).
 */
final class RigControls {
    /** The keyboard shortcuts, shown beside the message line and in the buttons' tooltips. */
    static final String KEYS = "F5 start · P pause · Esc stop · F11 full screen";

    private RigControls() {}

    /** Key help, the alert-sound switch and the full-screen button. */
    static HBox options(RigViewModel model, FullScreen fullScreen) {
        Label keys = new Label(KEYS);
        keys.setId("key-help");
        keys.getStyleClass().add("key-help");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox sound = new CheckBox("Alert sound");
        sound.setId("sound");
        sound.selectedProperty().bindBidirectional(model.soundOnProperty());
        sound.setTooltip(new Tooltip("Beep when an alert appears (force, tremor, heart rate)"));
        sound.setMinWidth(Region.USE_PREF_SIZE);
        sound.setFocusTraversable(false);
        Button full = new Button("Full screen");
        full.setId("fullscreen");
        full.getStyleClass().add("small-button");
        full.setTooltip(new Tooltip("F11 toggles full screen"));
        full.setOnAction(e -> fullScreen.toggle(full));
        full.setMinWidth(Region.USE_PREF_SIZE);
        full.setFocusTraversable(false);
        HBox options = new HBox(16, keys, sound, full);
        options.setAlignment(Pos.TOP_RIGHT);
        options.setMinWidth(Region.USE_PREF_SIZE);
        return options;
    }

    static HBox build(RigViewModel model) {
        RigChoices choices = model.choices();
        ComboBox<String> trainee = new ComboBox<>(choices.knownTrainees());
        trainee.setId("trainee");
        trainee.setEditable(true);
        trainee.setPromptText("Trainee name");
        trainee.setPrefWidth(180);
        trainee.getEditor().textProperty().bindBidirectional(choices.traineeNameProperty());

        ComboBox<TrainingModule> module = new ComboBox<>();
        module.setId("module");
        module.getItems().setAll(choices.modules());
        module.setConverter(new ModuleNames());
        module.valueProperty().bindBidirectional(choices.moduleProperty());

        ComboBox<SimSkill> skill = new ComboBox<>();
        skill.setId("skill");
        skill.getItems().setAll(choices.skills());
        skill.valueProperty().bindBidirectional(choices.skillProperty());
        Node skillField = field("Simulated skill", skill);
        skillField.setVisible(choices.skillApplies());
        skillField.setManaged(choices.skillApplies());

        for (Region picker : new Region[] {trainee, module, skill}) {
            picker.disableProperty().bind(model.state().settingsLocked());
            picker.setMinWidth(Region.USE_PREF_SIZE);
        }

        Button start = new Button("Start  F5");
        start.setId("start");
        start.getStyleClass().add("start-button");
        start.disableProperty().bind(model.state().canStart().not());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop  Esc");
        stop.setId("stop");
        stop.getStyleClass().add("stop-button");
        stop.disableProperty().bind(model.state().canStop().not());
        stop.setOnAction(e -> model.stop());
        Button pause = new Button();
        pause.setId("pause");
        pause.getStyleClass().add("pause-button");
        pause.textProperty()
                .bind(Bindings.when(model.state().paused()).then("Resume  P").otherwise("Pause  P"));
        pause.disableProperty().bind(model.state().canStop().not());
        pause.setOnAction(e -> model.pauseOrResume());
        for (Button button : new Button[] {start, pause, stop}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(KEYS));
        }
        // Wide enough for "Resume  P", so the bar does not shift when the text changes.
        pause.setMinWidth(136);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                field("Trainee", trainee),
                field("Module", module),
                skillField,
                buttons(start, pause, stop),
                spacer,
                clock(model));
        bar.getStyleClass().add("control-bar");
        return bar;
    }

    private static Node clock(RigViewModel model) {
        Label elapsed = new Label();
        elapsed.setId("clock");
        elapsed.getStyleClass().add("clock");
        elapsed.textProperty().bind(model.clock().elapsedTextProperty());
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        model.state().phaseProperty().addListener((o, was, phase) -> {
            elapsed.getStyleClass().removeAll("clock-recording", "clock-paused");
            if (phase == RigPhase.RECORDING) {
                elapsed.getStyleClass().add("clock-recording");
            } else if (phase == RigPhase.PAUSED) {
                elapsed.getStyleClass().add("clock-paused");
            }
        });
        Label remaining = new Label();
        remaining.setId("remaining");
        remaining.getStyleClass().add("clock-remaining");
        remaining.textProperty().bind(model.clock().remainingTextProperty());
        remaining.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.clock().progressProperty());
        progress.setPrefWidth(100);
        progress.setPrefHeight(10);
        VBox side = new VBox(4, remaining, progress);
        side.setAlignment(Pos.CENTER_LEFT);
        HBox clock = new HBox(12, elapsed, side);
        clock.setAlignment(Pos.CENTER_RIGHT);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        return clock;
    }

    private static Node buttons(Button start, Button pause, Button stop) {
        HBox buttons = new HBox(10, start, pause, stop);
        buttons.setAlignment(Pos.BOTTOM_LEFT);
        VBox column = new VBox(buttons);
        column.setAlignment(Pos.BOTTOM_LEFT);
        return column;
    }

    private static Node field(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        VBox box = new VBox(4, label, control);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Shows modules by name in the picker. */
    private static final class ModuleNames extends StringConverter<TrainingModule> {
        @Override
        public String toString(TrainingModule module) {
            return module == null ? "" : module.name();
        }

        @Override
        public TrainingModule fromString(String text) {
            throw new UnsupportedOperationException("the module picker is not editable");
        }
    }
}
