package org.steadyhand.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A score breakdown as a grid: Component, Weight, Measured, Score, one row per {@link ScoreLine};
 * a component that fails the session on its own is red. Numbers are never shortened. The review's
 * score panel wraps long names and values in a narrow column; the rig's result card, which has the
 * room, keeps each on one line. FX thread only.
 */
public final class ScoreTable {
    /** Widest name and measured value before they wrap, px, in a narrow table. */
    private static final double NAME_WRAP_PX = 130;

    private static final double VALUE_WRAP_PX = 160;

    private final GridPane grid = new GridPane();
    private final String cellStyle;
    private final boolean wraps;

    /**
     * @param cellStyle the style class of the cells (the font size differs between screens)
     * @param wraps whether names and measured values wrap instead of widening the table
     */
    public ScoreTable(String id, String cellStyle, boolean wraps, double columnGapPx) {
        this.cellStyle = cellStyle;
        this.wraps = wraps;
        grid.setId(id);
        grid.setHgap(columnGapPx);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(name, right, new ColumnConstraints(), right);
    }

    public GridPane node() {
        return grid;
    }

    /** Shows {@code lines} under a header; nothing at all when there are none. */
    public void show(List<ScoreLine> lines) {
        grid.getChildren().clear();
        if (lines.isEmpty()) {
            return;
        }
        grid.addRow(0, header("Component"), fixed(header("Weight")), header("Measured"), fixed(header("Score")));
        int row = 1;
        for (ScoreLine line : lines) {
            Label name = cell(line.name());
            Label value = cell(line.valueText());
            Label score = fixed(cell(line.scoreText()));
            if (wraps) {
                name.setWrapText(true);
                name.setMaxWidth(NAME_WRAP_PX);
                value.setWrapText(true);
                value.setMaxWidth(VALUE_WRAP_PX);
            } else {
                fixed(name);
                fixed(value);
            }
            if (line.failsSession()) {
                name.getStyleClass().add("status-failed");
                score.getStyleClass().add("status-failed");
            }
            grid.addRow(row++, name, fixed(cell(line.weightText())), value, score);
        }
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(cellStyle);
        return label;
    }
}
