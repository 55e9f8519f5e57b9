package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The token table's columns, as the FXML declares them, and how each one shows its part of a row. */
record ApiTokenTableColumns(TableColumn<ApiTokenRow, String> merchant,
                            TableColumn<ApiTokenRow, String> name,
                            TableColumn<ApiTokenRow, String> key,
                            TableColumn<ApiTokenRow, ApiTokenRow> status,
                            TableColumn<ApiTokenRow, String> created,
                            TableColumn<ApiTokenRow, String> lastUsed,
                            TableColumn<ApiTokenRow, String> expires,
                            TableColumn<ApiTokenRow, String> flags) {

    void setUp(ApiTokensViewModel viewModel) {
        merchant.visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        text(merchant, ApiTokenRow::merchantProperty);
        text(name, ApiTokenRow::nameProperty);
        text(key, ApiTokenRow::keyProperty);
        text(created, ApiTokenRow::createdProperty);
        text(lastUsed, ApiTokenRow::lastUsedProperty);
        text(expires, ApiTokenRow::expiresProperty);
        text(flags, ApiTokenRow::flagsTextProperty);
        key.setCellFactory(column -> new MonospaceCell());
        // Long values (a creator's username, a merchant's name) stay readable in a tooltip when the cell clips them.
        created.setCellFactory(column -> Cells.textWithTooltip((row, text) -> text));
        merchant.setCellFactory(column -> Cells.textWithTooltip((row, text) -> text));
        String ownKeyNote = viewModel.text("api.detail.ownKey");
        name.setCellFactory(column -> new NameCell(ownKeyNote));
        flags.setCellFactory(column -> new FlagsCell());
        // The status cell needs the whole row: its chip shows the text and takes the status colour.
        status.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        status.setCellFactory(column -> new StatusCell());
        status.setComparator((a, b) -> a.statusProperty().get().compareTo(b.statusProperty().get()));
    }

    private static void text(TableColumn<ApiTokenRow, String> column,
                             Function<ApiTokenRow, ObservableValue<String>> property) {
        column.setCellValueFactory(data -> property.apply(data.getValue()));
    }

    private static final class MonospaceCell extends TableCell<ApiTokenRow, String> {
        MonospaceCell() {
            getStyleClass().add("mono-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** Marks the key this connection signs in with, so nobody disables it by accident. */
    private static final class NameCell extends TableCell<ApiTokenRow, String> {
        private final FontIcon own = new FontIcon("mdal-link");
        private final String ownKeyNote;

        NameCell(String ownKeyNote) {
            this.ownKeyNote = ownKeyNote;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ApiTokenRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            boolean ownKey = row != null && row.isOwnKey();
            setGraphic(ownKey ? own : null);
            setTooltip(empty || item == null ? null
                    : new Tooltip(ownKey ? item + " \u2014 " + ownKeyNote : item));
        }
    }

    private static final class StatusCell extends TableCell<ApiTokenRow, ApiTokenRow> {
        private final Label chip = new Label();

        StatusCell() {
            chip.getStyleClass().add(StatusStyles.CHIP);
        }

        @Override
        protected void updateItem(ApiTokenRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            chip.textProperty().bind(row.statusTextProperty());
            StatusStyles.chip(chip, row.statusProperty().get());
            setGraphic(chip);
        }
    }

    private static final class FlagsCell extends TableCell<ApiTokenRow, String> {
        private final FontIcon icon = new FontIcon("mdmz-warning");

        FlagsCell() {
            icon.getStyleClass().add("warning-icon");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean show = !empty && item != null && !item.isEmpty();
            setText(show ? item : null);
            setGraphic(show ? icon : null);
            setTooltip(show ? new Tooltip(item) : null);
        }
    }
}
