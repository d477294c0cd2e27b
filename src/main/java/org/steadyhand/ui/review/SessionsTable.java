package org.steadyhand.ui.review;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.ResizeFeatures;
import javafx.util.Callback;
import org.steadyhand.session.SessionStatus;

/**
 * Builds the review list's table. Columns sort by their value (time, duration, count, score), not
 * by the displayed text; without a chosen sort order the list keeps the model's newest-first order.
 */
final class SessionsTable {
    private SessionsTable() {}

    static TableView<SessionRow> build(ObservableList<SessionRow> rows) {
        SortedList<SessionRow> sorted = new SortedList<>(rows);
        TableView<SessionRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("sessions-table");
        table.setPlaceholder(new Label("No sessions yet — record one on the Rig screen, or clear the filters."));
        table.setColumnResizePolicy(
                (Callback<ResizeFeatures, Boolean>) TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<SessionRow, SessionRow> started = column("Start", 180, row -> row);
        started.setComparator((a, b) -> a.startedAt().compareTo(b.startedAt()));
        started.setCellFactory(c -> cell(SessionRow::startedText));
        TableColumn<SessionRow, String> trainee = column("Trainee", 200, SessionRow::trainee);
        TableColumn<SessionRow, String> module = column("Module", 180, SessionRow::module);
        TableColumn<SessionRow, SessionStatus> status = column("Status", 120, SessionRow::status);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<SessionRow, Duration> duration = column("Duration", 120, SessionRow::duration);
        duration.setCellFactory(c -> cell(SessionRow::durationText));
        TableColumn<SessionRow, Long> samples = column("Samples", 130, SessionRow::samples);
        samples.setCellFactory(c -> cell(SessionRow::samplesText));
        TableColumn<SessionRow, SessionRow> score = column("Score  grade", 190, row -> row);
        score.setComparator(
                (a, b) -> Double.compare(a.score().orElse(-1), b.score().orElse(-1)));
        score.setCellFactory(c -> new ScoreCell());
        duration.setStyle("-fx-alignment: center-right;");
        samples.setStyle("-fx-alignment: center-right;");
        table.getColumns().setAll(List.of(started, trainee, module, status, duration, samples, score));
        return table;
    }

    private static <T> TableColumn<SessionRow, T> column(String title, double width, Function<SessionRow, T> value) {
        TableColumn<SessionRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A cell that shows its value formatted, while the column still sorts by the value itself. */
    private static <T> TableCell<SessionRow, T> cell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** Score, grade and pass / fail, coloured by pass (green) or fail (red). */
    private static final class ScoreCell extends TableCell<SessionRow, SessionRow> {
        @Override
        protected void updateItem(SessionRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("status-completed", "status-failed", "score-none");
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.scoreText());
                getStyleClass()
                        .add(item.passed()
                                .map(p -> p ? "status-completed" : "status-failed")
                                .orElse("score-none"));
            }
        }
    }

    /** Status in words, coloured by outcome (completed green, stopped amber, failures red). */
    private static final class StatusCell extends TableCell<SessionRow, SessionStatus> {
        @Override
        protected void updateItem(SessionStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("status-"));
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.label());
                getStyleClass().add("status-" + item.label());
            }
        }
    }
}
