package org.steadyhand.ui.trainees;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.ResizeFeatures;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.steadyhand.store.TraineeRepository.Trainee;

/**
 * The Trainees screen: the list with a "Show archived" switch, and beside it the profile form
 * (name, cohort, dominant hand) with Save and Archive / Restore. Builds nodes and binds them to
 * {@link TraineesViewModel}; choosing a row fills the form.
 */
public final class TraineesView {
    private final BorderPane root = new BorderPane();

    public TraineesView(TraineesViewModel model) {
        TableView<Trainee> table = table(model);
        Button add = new Button("New trainee");
        add.setId("trainee-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        CheckBox archived = new CheckBox("Show archived");
        archived.setId("trainee-show-archived");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(26, 26);
        busy.visibleProperty().bind(model.busyProperty());
        Label count = new Label();
        count.setId("trainee-count");
        count.textProperty().bind(Bindings.size(model.trainees()).asString("%d shown"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, add, archived, busy, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");
        root.setTop(bar);

        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.edit(row);
            }
        });
        BorderPane.setMargin(table, new Insets(10, 8, 12, 16));
        root.setCenter(table);
        root.setRight(form(model));
    }

    private static TableView<Trainee> table(TraineesViewModel model) {
        TableView<Trainee> table = new TableView<>(model.trainees());
        table.setId("trainees-table");
        table.setPlaceholder(new Label("No trainees yet — add one with the form on the right"));
        table.setColumnResizePolicy(
                (Callback<ResizeFeatures, Boolean>) TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(List.of(
                        column("Name", 260, Trainee::name),
                        column("Cohort", 200, t -> t.cohort().orElse("—")),
                        column(
                                "Dominant hand",
                                160,
                                t -> HandChoice.of(t.dominantHand()).label()),
                        column("Status", 120, t -> t.archived() ? "archived" : "active")));
        return table;
    }

    private static TableColumn<Trainee, String> column(String title, double width, Function<Trainee, String> value) {
        TableColumn<Trainee, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static VBox form(TraineesViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.editingProperty()
                                .get()
                                .map(t -> "Edit " + t.name())
                                .orElse("New trainee"),
                        model.editingProperty()));
        TextField name = new TextField();
        name.setId("trainee-name");
        name.setPromptText("e.g. Ada Lovelace");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField cohort = new TextField();
        cohort.setId("trainee-cohort");
        cohort.setPromptText("e.g. Residents 2026");
        cohort.textProperty().bindBidirectional(model.cohortProperty());
        ComboBox<HandChoice> hand = new ComboBox<>();
        hand.setId("trainee-hand");
        hand.getItems().setAll(HandChoice.values());
        hand.setMaxWidth(Double.MAX_VALUE);
        hand.setConverter(new StringConverter<>() {
            @Override
            public String toString(HandChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public HandChoice fromString(String text) {
                return null;
            }
        });
        hand.valueProperty().bindBidirectional(model.handProperty());
        Button save = new Button("Save");
        save.setId("trainee-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button archive = new Button();
        archive.setId("trainee-archive");
        archive.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.editingProperty()
                                        .get()
                                        .filter(Trainee::archived)
                                        .isPresent()
                                ? "Restore"
                                : "Archive",
                        model.editingProperty()));
        archive.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.editingProperty().get().isEmpty(), model.editingProperty()));
        archive.setOnAction(e -> {
            Optional<Trainee> chosen = model.editingProperty().get();
            chosen.ifPresent(t -> {
                if (t.archived()) {
                    model.unarchive(t);
                } else {
                    model.archive(t);
                }
            });
        });
        Label message = new Label();
        message.setId("trainee-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty()
                .bind(Bindings.when(model.messageIsErrorProperty())
                        .then("-fx-text-fill: -sh-danger;")
                        .otherwise("-fx-text-fill: -sh-safe;"));
        HBox buttons = new HBox(12, save, archive);
        VBox form = new VBox(
                8,
                title,
                label("Name"),
                name,
                label("Cohort (optional)"),
                cohort,
                label("Dominant hand"),
                hand,
                buttons,
                message);
        form.getStyleClass().add("panel");
        form.setPrefWidth(360);
        form.setMinWidth(320);
        BorderPane.setMargin(form, new Insets(10, 16, 12, 8));
        return form;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    public Parent root() {
        return root;
    }
}
