package org.steadyhand.ui.rig;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What lies over the rig screen's live displays without moving them: the 3-2-1 countdown, the
 * pause notice and the alert banner. Each is shown only while it has something to say and lets
 * mouse clicks through to the displays below.
 */
final class RigOverlays {
    private RigOverlays() {}

    /** The big 3, 2, 1 in the middle while the countdown runs. */
    static Node countdown(RigViewModel model) {
        Label number = new Label();
        number.setId("countdown");
        number.getStyleClass().add("countdown");
        number.textProperty().bind(model.state().countdownProperty().asString());
        Label caption = new Label("Recording starts in · Esc cancels");
        caption.getStyleClass().add("overlay-caption");
        StackPane.setAlignment(number, Pos.CENTER);
        VBox box = new VBox(0, caption, number);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("overlay-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(model.state().phaseProperty().isEqualTo(RigPhase.COUNTDOWN));
        return box;
    }

    /** "PAUSED" in the middle while the recording is paused. */
    static Node paused(RigViewModel model) {
        Label word = new Label("PAUSED");
        word.setId("paused");
        word.getStyleClass().add("paused-notice");
        Label caption = new Label("P resumes · Esc stops and saves");
        caption.getStyleClass().add("overlay-caption");
        VBox box = new VBox(4, word, caption);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("overlay-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(model.state().paused());
        return box;
    }

    /** The latest alert across the top, amber for caution and red for danger. */
    static Node alertBanner(AlertBanner banner) {
        Label label = new Label();
        label.setId("alert-banner");
        label.getStyleClass().add("alert-banner");
        label.textProperty().bind(banner.textProperty());
        label.visibleProperty().bind(banner.textProperty().isNotEmpty());
        label.setMouseTransparent(true);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        Runnable colour = () -> {
            label.getStyleClass().removeAll("alert-caution", "alert-danger");
            label.getStyleClass()
                    .add(
                            banner.severityProperty().get() == LiveAlerts.Severity.DANGER
                                    ? "alert-danger"
                                    : "alert-caution");
        };
        banner.severityProperty().addListener((o, old, now) -> colour.run());
        colour.run();
        StackPane.setAlignment(label, Pos.TOP_CENTER);
        return label;
    }
}
