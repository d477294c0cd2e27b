package org.steadyhand.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steadyhand.ui.devices.DevicesView;
import org.steadyhand.ui.league.LeagueView;
import org.steadyhand.ui.review.ReviewView;
import org.steadyhand.ui.rig.RigView;
import org.steadyhand.ui.trainees.TraineesView;
import org.steadyhand.ui.trends.TrendsView;

/**
 * The workstation window's content: the Rig, Review, Trends, League and Trainees tabs over a status line (data folder,
 * rig status, frames the live view dropped). Keys go to the screen on show.
 */
public final class WorkstationView {
    static final String STYLESHEET = "steadyhand.css";

    private final BorderPane root = new BorderPane();

    public WorkstationView(WorkstationViewModel model) {
        RigView rig = new RigView(model.rig());
        ReviewView review = new ReviewView(model.review());
        Tab rigTab = new Tab("Rig", rig.root());
        rigTab.setId("rig-tab");
        Tab reviewTab = new Tab("Review", review.root());
        reviewTab.setId("review-tab");
        Tab traineesTab = new Tab("Trainees", new TraineesView(model.trainees()).root());
        traineesTab.setId("trainees-tab");
        Tab trendsTab = new Tab("Trends", new TrendsView(model.trends()).root());
        trendsTab.setId("trends-tab");
        Tab leagueTab = new Tab("League", new LeagueView(model.league()).root());
        leagueTab.setId("league-tab");
        DevicesView devices = new DevicesView(model.devices());
        Tab devicesTab = new Tab("Devices", devices.root());
        devicesTab.setId("devices-tab");
        TabPane tabs = new TabPane(rigTab, reviewTab, trendsTab, leagueTab, traineesTab, devicesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        root.setCenter(tabs);
        root.setBottom(statusBar(model));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean handled = rigTab.isSelected()
                    ? rig.handleKey(event)
                    : reviewTab.isSelected()
                            ? review.handleKey(event)
                            : devicesTab.isSelected() && devices.handleKey(event);
            if (handled) {
                event.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** A scene with the workstation's theme. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(WorkstationView.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    /** Two lines: what the rig does (and what the live view skipped); where data goes (and the league). */
    private static VBox statusBar(WorkstationViewModel model) {
        Label data = new Label(model.dataFolderText());
        data.setId("status-data");
        HBox.setHgrow(data, Priority.ALWAYS);
        data.setMaxWidth(Double.MAX_VALUE);
        Label rig = new Label();
        rig.setId("status-rig");
        rig.textProperty().bind(model.rigStatusText());
        HBox.setHgrow(rig, Priority.ALWAYS);
        rig.setMaxWidth(Double.MAX_VALUE);
        Label dropped = new Label();
        dropped.setId("status-dropped");
        dropped.textProperty().bind(model.droppedText());
        dropped.setMinWidth(Label.USE_PREF_SIZE);
        Label league = new Label();
        league.setId("status-league");
        league.textProperty().bind(model.leagueStatusText());
        league.setMinWidth(Label.USE_PREF_SIZE);
        HBox rigLine = new HBox(rig, dropped);
        HBox dataLine = new HBox(data, league);
        rigLine.getStyleClass().add("status-line");
        dataLine.getStyleClass().add("status-line");
        VBox bar = new VBox(rigLine, dataLine);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
