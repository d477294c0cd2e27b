package org.steadyhand.ui.league;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.ResizeFeatures;
import javafx.util.Callback;

/** Builds a leaderboard table: rank, trainee, cohort, best score (points), sessions, last date. */
final class BoardTable {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private BoardTable() {}

    /** @param lastTitle the date column's title: the last session (local) or when the best was reached (server) */
    static TableView<BoardRow> build(
            String id, ObservableList<BoardRow> rows, String empty, String lastTitle, ZoneId zone) {
        TableView<BoardRow> table = new TableView<>(rows);
        table.setId(id);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(
                (Callback<ResizeFeatures, Boolean>) TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BoardRow, String> rank = column("Rank", 80, row -> Integer.toString(row.rank()));
        TableColumn<BoardRow, String> trainee = column("Trainee", 260, BoardRow::trainee);
        TableColumn<BoardRow, String> cohort =
                column("Cohort", 180, row -> row.cohort().orElse("—"));
        TableColumn<BoardRow, String> score =
                column("Best score (0–100)", 190, row -> String.format(Locale.ROOT, "%.1f", row.score()));
        TableColumn<BoardRow, String> sessions = column(
                "Sessions",
                110,
                row -> row.sessions().isPresent()
                        ? Integer.toString(row.sessions().getAsInt())
                        : "—");
        TableColumn<BoardRow, String> last =
                column(lastTitle, 160, row -> DATE.format(row.last().atZone(zone)));
        for (TableColumn<BoardRow, String> right : List.of(rank, score, sessions)) {
            right.setStyle("-fx-alignment: center-right;");
        }
        table.getColumns().setAll(List.of(rank, trainee, cohort, score, sessions, last));
        return table;
    }

    private static TableColumn<BoardRow, String> column(String title, double width, Function<BoardRow, String> value) {
        TableColumn<BoardRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false); // the rank is the order
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
