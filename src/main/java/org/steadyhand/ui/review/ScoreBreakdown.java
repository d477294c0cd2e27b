package org.steadyhand.ui.review;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steadyhand.ui.ScoreLine;

/**
 * The score panel: overall score, grade and pass / fail, then one row per component with its
 * weight, measured value and score; a component that fails the session on its own is red. Bound
 * to {@link SessionDetailViewModel}.
 */
final class ScoreBreakdown {
    private final VBox root = new VBox(8);
    private final GridPane grid = new GridPane();

    ScoreBreakdown(SessionDetailViewModel model) {
        Label summary = new Label();
        summary.setId("score-summary");
        summary.getStyleClass().add("score-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.scoreSummaryProperty());
        grid.setId("score-components");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(name, right, new ColumnConstraints(), right);
        root.getChildren().setAll(summary, grid);
        model.scoreLines().addListener((ListChangeListener<ScoreLine>) change -> fill(model));
        fill(model);
    }

    private void fill(SessionDetailViewModel model) {
        grid.getChildren().clear();
        if (model.scoreLines().isEmpty()) {
            return;
        }
        grid.addRow(0, header("Component"), fixed(header("Weight")), header("Measured"), fixed(header("Score")));
        int row = 1;
        for (ScoreLine line : model.scoreLines()) {
            Label name = cell(line.name());
            name.setWrapText(true);
            Label score = cell(line.scoreText());
            if (line.failsSession()) {
                score.getStyleClass().add("status-failed");
                name.getStyleClass().add("status-failed");
            }
            Label value = cell(line.valueText());
            value.setWrapText(true);
            value.setMaxWidth(160);
            name.setMaxWidth(130);
            grid.addRow(row++, name, fixed(cell(line.weightText())), value, fixed(score));
        }
    }

    /** Numbers are never shortened: the wrapping columns give way instead. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("score-cell");
        return label;
    }

    Node root() {
        return root;
    }
}
