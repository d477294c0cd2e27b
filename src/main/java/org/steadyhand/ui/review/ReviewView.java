package org.steadyhand.ui.review;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The instructor's review screen: the filtered session list, and the detail of a session opened
 * from it (double-click or Enter) in its place. Builds nodes and binds them to
 * {@link ReviewViewModel}.
 */
public final class ReviewView {
    private final ReviewViewModel model;
    private final StackPane root = new StackPane();
    private final SessionDetailView detail;
    private final TableView<SessionRow> table;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        table = SessionsTable.build(model.sessions());
        table.setRowFactory(t -> {
            TableRow<SessionRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        BorderPane list = new BorderPane();
        list.setTop(filterBar());
        BorderPane.setMargin(table, new Insets(10, 16, 12, 16));
        list.setCenter(table);
        list.setId("review-list");

        detail = new SessionDetailView(model.detail());
        Node detailRoot = detail.root();
        list.visibleProperty().bind(model.detail().shownProperty().not());
        detailRoot.visibleProperty().bind(model.detail().shownProperty());
        root.getChildren().setAll(list, detailRoot);
    }

    private Node filterBar() {
        TextField trainee = new TextField();
        trainee.setId("trainee-filter");
        trainee.setPromptText("Trainee name");
        trainee.setPrefWidth(230);
        trainee.textProperty().bindBidirectional(model.traineeFilterProperty());

        ComboBox<Choice<String>> module = combo("module-filter", model.moduleChoices(), 230);
        module.valueProperty().bindBidirectional(model.moduleFilterProperty());
        ComboBox<Choice<Boolean>> result = combo("result-filter", model.resultChoices(), 170);
        result.valueProperty().bindBidirectional(model.resultFilterProperty());
        ComboBox<Choice<org.steadyhand.session.SessionStatus>> status =
                combo("status-filter", model.statusChoices(), 170);
        status.valueProperty().bindBidirectional(model.statusFilterProperty());

        DatePicker from = datePicker("from-date", "From");
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        DatePicker to = datePicker("to-date", "To");
        to.valueProperty().bindBidirectional(model.toDateProperty());

        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.setOnAction(e -> model.clearFilters());
        Button open = new Button("Open");
        open.setId("open-session");
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(26, 26);
        busy.visibleProperty().bind(model.loadingProperty());
        Label summary = new Label();
        summary.setId("sessions-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox first = new HBox(12, trainee, module, result, status);
        Label fromLabel = fieldLabel("Started from");
        Label toLabel = fieldLabel("to");
        HBox second = new HBox(12, fromLabel, from, toLabel, to, clear, open, busy, spacer, summary);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(10, first, second);
        bar.getStyleClass().add("control-bar");
        return bar;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, double width) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(items));
        combo.setId(id);
        combo.setPrefWidth(width);
        return combo;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(170);
        return picker;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public Parent root() {
        return root;
    }

    /** F5 refreshes the list, Escape goes back from the detail; returns whether it acted. */
    public boolean handleKey(KeyEvent event) {
        if (event.getCode() == KeyCode.F5) {
            model.refresh();
            return true;
        }
        if (event.getCode() == KeyCode.ESCAPE && model.detail().shownProperty().get()) {
            model.detail().close();
            return true;
        }
        return false;
    }
}
