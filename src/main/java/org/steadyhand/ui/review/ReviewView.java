package org.steadyhand.ui.sessions;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The instructor's list of stored sessions: a trainee filter, a Refresh button and the table.
 * Builds nodes and binds them to {@link SessionsViewModel}.
 */
public final class SessionsView {
    private final SessionsViewModel model;
    private final BorderPane root = new BorderPane();

    public SessionsView(SessionsViewModel model) {
        this.model = model;
        TextField filter = new TextField();
        filter.setId("trainee-filter");
        filter.setPromptText("Filter by trainee");
        filter.setPrefWidth(280);
        filter.textProperty().bindBidirectional(model.traineeFilterProperty());

        Button refresh = new Button("Refresh  F5");
        refresh.setId("refresh");
        refresh.setOnAction(e -> model.refresh());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(26, 26);
        busy.visibleProperty().bind(model.loadingProperty());

        Label summary = new Label();
        summary.setId("sessions-summary");
        summary.textProperty().bind(model.summaryProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, filter, refresh, busy, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");

        root.setTop(bar);
        TableView<SessionRow> table = SessionsTable.build(model.sessions());
        BorderPane.setMargin(table, new Insets(10, 16, 12, 16));
        root.setCenter(table);
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
}
