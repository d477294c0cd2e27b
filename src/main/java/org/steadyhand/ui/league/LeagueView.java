package org.steadyhand.ui.league;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steadyhand.session.TrainingModule;

/**
 * The League screen: a module picker, this workstation's board and, when paired, the league
 * server's board under its status line. Builds nodes and binds them to {@link LeagueViewModel}.
 */
public final class LeagueView {
    private final BorderPane root = new BorderPane();

    public LeagueView(LeagueViewModel model) {
        ComboBox<TrainingModule> module = new ComboBox<>();
        module.setId("league-module");
        module.getItems().setAll(model.modules());
        module.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrainingModule m) {
                return m == null ? "" : m.name();
            }

            @Override
            public TrainingModule fromString(String text) {
                return null;
            }
        });
        module.valueProperty().bindBidirectional(model.moduleProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("league-refresh");
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(26, 26);
        busy.visibleProperty().bind(model.loadingProperty());
        Label moduleLabel = new Label("Module");
        moduleLabel.getStyleClass().add("field-label");
        HBox bar = new HBox(16, moduleLabel, module, refresh, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");
        root.setTop(bar);

        ZoneId zone = ZoneId.systemDefault();
        VBox boards = new VBox(8);
        boards.setPadding(new Insets(10, 16, 12, 16));
        TableView<BoardRow> local = BoardTable.build(
                "league-local-table",
                model.localRows(),
                "The board fills as sessions of this module are scored",
                "Last session",
                zone);
        boards.getChildren().addAll(title("This workstation"), status("league-local-status", model, true), local);
        VBox.setVgrow(local, Priority.ALWAYS);
        Label serverStatus = status("league-server-status", model, false);
        if (model.paired()) {
            TableView<BoardRow> server = BoardTable.build(
                    "league-server-table",
                    model.serverRows(),
                    "The league server's board is not loaded",
                    "Best reached",
                    zone);
            boards.getChildren().addAll(title("League server"), serverStatus, server);
            VBox.setVgrow(server, Priority.ALWAYS);
        } else {
            boards.getChildren().add(serverStatus);
        }
        root.setCenter(boards);
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return title;
    }

    private static Label status(String id, LeagueViewModel model, boolean local) {
        Label status = new Label();
        status.setId(id);
        status.getStyleClass().add("field-label");
        status.setWrapText(true);
        status.textProperty().bind(local ? model.localStatusProperty() : model.serverStatusProperty());
        return status;
    }

    public Parent root() {
        return root;
    }
}
