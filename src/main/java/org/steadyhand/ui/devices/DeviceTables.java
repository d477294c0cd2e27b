package org.steadyhand.ui.devices;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.Callback;

/** Builds the Devices screen's two tables: the sources seen and the open source's channels. */
final class DeviceTables {
    private DeviceTables() {}

    static TableView<DeviceListing> devices(ObservableList<DeviceListing> rows) {
        TableView<DeviceListing> table = new TableView<>(rows);
        table.setId("devices-table");
        table.setPlaceholder(new Label("Looking for devices…"));
        table.setColumnResizePolicy(
                (Callback<TableView.ResizeFeatures, Boolean>) TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DeviceListing, String> status = column("Status", 230, DeviceListing::status);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<DeviceListing, String> readings = column("Readings", 120, DeviceListing::readingsText);
        TableColumn<DeviceListing, String> problems = column("Problems", 110, DeviceListing::problemsText);
        readings.setStyle("-fx-alignment: center-right;");
        readings.setMinWidth(110);
        problems.setMinWidth(110);
        problems.setStyle("-fx-alignment: center-right;");
        table.getColumns()
                .setAll(List.of(
                        column("Kind", 115, DeviceListing::kindText),
                        column("Name or path", 200, l -> l.device().name()),
                        column("Description", 250, l -> l.device().description()),
                        column("Profile", 150, DeviceListing::profileText),
                        column("Source spec", 260, DeviceListing::specText),
                        status,
                        readings,
                        problems));
        return table;
    }

    /** @param assigned called with (channel, rig channel) when the user edits the "Assign to" cell */
    static TableView<ChannelRow> channels(ObservableList<ChannelRow> rows, BiConsumer<String, String> assigned) {
        TableView<ChannelRow> table = new TableView<>(rows);
        table.setId("channels-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("Open a source with Test to see its channels and values here."));
        table.setColumnResizePolicy(
                (Callback<TableView.ResizeFeatures, Boolean>) TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ChannelRow, String> raw = column("Raw", 130, ChannelRow::rawText);
        TableColumn<ChannelRow, String> value = column("Calibrated", 140, ChannelRow::valueText);
        raw.setStyle("-fx-alignment: center-right;");
        value.setStyle("-fx-alignment: center-right;");
        TableColumn<ChannelRow, String> assign = column("Assign to", 150, ChannelRow::assignedTo);
        assign.setEditable(true);
        assign.setCellFactory(TextFieldTableCell.forTableColumn());
        assign.setOnEditCommit(edit -> assigned.accept(edit.getRowValue().name(), edit.getNewValue()));
        table.getColumns()
                .setAll(List.of(
                        column("Channel", 130, ChannelRow::name),
                        column("Unit", 60, ChannelRow::unit),
                        column("Rate", 90, ChannelRow::rateText),
                        raw,
                        value,
                        assign));
        for (TableColumn<ChannelRow, ?> column : table.getColumns()) {
            column.setEditable(column == assign);
        }
        return table;
    }

    private static <R, T> TableColumn<R, T> column(String title, double width, Function<R, T> value) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Status coloured as the sessions table does: attached green, detached amber, failed red. */
    private static final class StatusCell extends TableCell<DeviceListing, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("status-"));
            setText(empty ? null : item);
            if (!empty && item != null) {
                String state = item.startsWith(SourceStatus.State.ATTACHED.label())
                        ? "status-completed"
                        : item.startsWith(SourceStatus.State.DETACHED.label())
                                ? "status-stopped"
                                : item.startsWith(SourceStatus.State.FAILED.label()) ? "status-failed" : "status-none";
                getStyleClass().add(state);
            }
        }
    }
}
