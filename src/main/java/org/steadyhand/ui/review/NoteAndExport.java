package org.steadyhand.ui.review;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steadyhand.store.ExportFormat;

/**
 * The instructor's note (text area, Save, saved state) and the export (format, Export… with a
 * file chooser, progress bar, Cancel), bound to {@link SessionDetailViewModel}.
 */
final class NoteAndExport {
    private final VBox root;

    NoteAndExport(SessionDetailViewModel model, Function<ExportFormat, Optional<File>> chooseFile) {
        TextArea note = new TextArea();
        note.setId("note-text");
        note.setPromptText("What the trainee should work on next…");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.textProperty().bindBidirectional(model.noteTextProperty());
        note.disableProperty().bind(model.loadingProperty());
        Button save = new Button("Save note");
        save.setId("save-note");
        save.disableProperty().bind(model.noteDirtyProperty().not());
        save.setOnAction(e -> model.saveNote());
        Label noteStatus = new Label();
        noteStatus.setId("note-status");
        noteStatus.getStyleClass().add("field-label");
        noteStatus.textProperty().bind(model.noteStatusProperty());
        HBox noteRow = new HBox(12, save, noteStatus);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        VBox notePanel =
                SessionDetailView.panel(SessionDetailView.panelTitle("Instructor note"), new VBox(8, note, noteRow));

        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        format.setId("export-format");
        format.setValue(ExportFormat.CSV);
        Button export = new Button("Export…");
        export.setId("export");
        export.disableProperty().bind(model.exportingProperty().or(model.loadingProperty()));
        export.setOnAction(e ->
                chooseFile.apply(format.getValue()).ifPresent(file -> model.export(file.toPath(), format.getValue())));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-export");
        cancel.visibleProperty().bind(model.exportingProperty());
        cancel.setOnAction(e -> model.cancelExport());
        HBox exportRow = new HBox(12, format, export, cancel);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.exportProgressProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.setId("export-status");
        status.getStyleClass().add("field-label");
        status.setWrapText(true);
        status.textProperty().bind(model.exportStatusProperty());
        VBox exportPanel = SessionDetailView.panel(
                SessionDetailView.panelTitle("Export (the command line's formats)"),
                new VBox(8, exportRow, progress, status));
        root = new VBox(10, notePanel, exportPanel);
    }

    Node root() {
        return root;
    }
}
