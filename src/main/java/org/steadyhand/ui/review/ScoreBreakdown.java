package org.steadyhand.ui.review;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.steadyhand.ui.ScoreLine;
import org.steadyhand.ui.ScoreTable;

/**
 * The score panel: overall score, grade and pass / fail, then one row per component with its
 * weight, measured value and score; a component that fails the session on its own is red. Bound
 * to {@link SessionDetailViewModel}.
 */
final class ScoreBreakdown {
    private final VBox root = new VBox(8);
    private final ScoreTable table = new ScoreTable("score-components", "score-cell", true, 10);

    ScoreBreakdown(SessionDetailViewModel model) {
        Label summary = new Label();
        summary.setId("score-summary");
        summary.getStyleClass().add("score-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.scoreSummaryProperty());
        root.getChildren().setAll(summary, table.node());
        model.scoreLines().addListener((ListChangeListener<ScoreLine>) change -> table.show(model.scoreLines()));
        table.show(model.scoreLines());
    }

    Node root() {
        return root;
    }
}
