package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screenshot tests' fit check finds a shortened label and one past the edge, and only those. */
@ExtendWith(ApplicationExtension.class)
class ClippedLabelsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void reportsALabelShortenedWithAnEllipsis() {
        assertThat(onFx(() -> clippedIn(new VBox(fixedWidth(new Label("Tremor amplitude, last minute"), 60)))))
                .singleElement()
                .asString()
                .startsWith("Tremor amplitude, last minute -> ")
                .endsWith("...");
    }

    @Test
    void reportsALabelPlacedPastTheRightEdge() {
        Label label = new Label("Force");
        label.relocate(380, 10);
        assertThat(onFx(() -> clippedIn(new Pane(label)))).containsExactly("Force -> beyond the right edge");
    }

    @Test
    void acceptsLabelsThatFitAndWrappedOnes() {
        Label wrapped = fixedWidth(new Label("Saved with the session; the instructor sees it in review."), 120);
        wrapped.setWrapText(true);
        assertThat(onFx(() -> clippedIn(new VBox(new Label("Heart rate"), wrapped))))
                .isEmpty();
    }

    private List<String> clippedIn(Parent root) {
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
        root.applyCss();
        root.layout();
        return ClippedLabels.in(root);
    }

    private static Label fixedWidth(Label label, double width) {
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        return label;
    }
}
