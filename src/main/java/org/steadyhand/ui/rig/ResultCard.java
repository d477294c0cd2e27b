package org.steadyhand.ui.rig;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steadyhand.ui.ScoreTable;

/**
 * The card over the live displays after a scored session: the overall score large enough to read
 * from the rig, grade and PASS / NOT PASSED in colour, each component with its weight, measured
 * value and score, and the standing among the module's sessions. It stays until the next Start,
 * Esc, or Close, so the trainee can look up from the instrument and still find it.
 */
final class ResultCard {
    private final RigViewModel model;
    private final Label headline = styled(new Label(), "result-headline", "result-headline");
    private final Label score = styled(new Label(), "result-score", "result-score");
    private final Label grade = styled(new Label(), "result-grade", "result-grade");
    private final Label verdict = styled(new Label(), "result-verdict", "result-verdict");
    private final Label standing = styled(new Label(), "result-standing", "overlay-caption");
    private final ScoreTable components = new ScoreTable("result-components", "result-cell", false, 18);

    private ResultCard(RigViewModel model) {
        this.model = model;
    }

    static Node build(RigViewModel model) {
        return new ResultCard(model).root();
    }

    private Node root() {
        Label outOf = styled(new Label("/ 100"), "result-out-of", "result-grade");
        HBox scoreLine = new HBox(10, score, outOf);
        scoreLine.setAlignment(Pos.BASELINE_CENTER);
        HBox verdictLine = new HBox(18, grade, verdict);
        verdictLine.setAlignment(Pos.CENTER);
        Button close = new Button("Close");
        close.setId("result-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> model.dismissResult());
        Label hint = styled(new Label("F5 starts the next session"), "result-hint", "overlay-caption");
        HBox footer = new HBox(18, hint, close);
        footer.setAlignment(Pos.CENTER);
        VBox card = new VBox(8, headline, scoreLine, verdictLine, standing, components.node(), footer);
        card.setId("result-card");
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().addAll("overlay-box", "result-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        model.state().resultProperty().addListener((o, old, shown) -> show(card, shown));
        show(card, model.state().resultProperty().get());
        return card;
    }

    private void show(VBox card, Optional<SessionResult> shown) {
        card.setVisible(shown.isPresent());
        shown.ifPresent(result -> {
            headline.setText(result.headline());
            score.setText(result.scoreText());
            grade.setText(result.gradeText());
            verdict.setText(result.verdictText());
            verdict.getStyleClass().removeAll("result-pass", "result-fail");
            verdict.getStyleClass().add(result.score().passed() ? "result-pass" : "result-fail");
            standing.setText(result.standingText());
            standing.setVisible(!result.standingText().isEmpty());
            standing.setManaged(standing.isVisible());
            components.show(result.lines());
        });
    }

    private static Label styled(Label label, String id, String style) {
        label.setId(id);
        label.getStyleClass().add(style);
        return label;
    }
}
