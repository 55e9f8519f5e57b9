package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/** How rows, statuses and bulk results of the SDK Tokens tab are drawn. */
final class SdkTokenCells {

    private SdkTokenCells() {
    }

    /**
     * The name column. Its tooltip (the username) is one {@code Tooltip} shared by every cell of the column and
     * re-texted when the pointer enters a cell: a Tooltip is a popup window with a scene of its own, and one per cell
     * made the first screenful of rows cost a popup scene per row on the JavaFX thread.
     */
    static final class NameCell extends TableCell<SdkTokenRow, String> {
        private final Tooltip tooltip;

        NameCell(Tooltip shared) {
            this.tooltip = shared;
            addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
                SdkTokenRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.isPlaceholder()) {
                    tooltip.setText(row.username());
                }
            });
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            SdkTokenRow row = empty ? null : getTableRow().getItem();
            if (row == null || row.isPlaceholder()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(name);
            if (isHover()) {
                tooltip.setText(row.username());
            }
            setTooltip(tooltip);
        }
    }

    /** The token column: bullets and the last 4, from what the row knows (it never holds the token). */
    static final class MaskedLast4Cell extends TableCell<SdkTokenRow, String> {
        @Override
        protected void updateItem(String last4, boolean empty) {
            super.updateItem(last4, empty);
            setText(empty ? null : com.edfapay.tokenmanager.ui.common.SecretMask.maskLast4(last4));
        }
    }

    static final class StatusCell extends TableCell<SdkTokenRow, TokenStatus> {
        private final Label chip = new Label();
        /** Made when a row first needs one (a stale row): a Tooltip is a popup window with a scene of its own. */
        private @Nullable Tooltip tooltip;
        private final Messages messages;

        StatusCell(Messages messages) {
            this.messages = messages;
            chip.getStyleClass().add(StatusStyles.CHIP);
            // The chip stays the cell's graphic and is hidden when there is nothing to show: a graphic taken out and
            // put back is styled from scratch (matched against every selector), and cells are reused as rows scroll.
            setGraphic(chip);
        }

        @Override
        protected void updateItem(TokenStatus status, boolean empty) {
            super.updateItem(status, empty);
            SdkTokenRow shown = empty ? null : getTableRow().getItem();
            if (empty || status == null || shown == null || shown.isPlaceholder()) {
                chip.setVisible(false);
                chip.setText(null);
                setTooltip(null);
                return;
            }
            chip.setText(status.label(messages));
            StatusStyles.chip(chip, status);
            chip.setVisible(true);
            SdkTokenRow row = getTableRow().getItem();
            String problem = row == null ? "" : row.problemProperty().get();
            if (problem.isEmpty()) {
                setTooltip(null);
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(messages.get("sdk.status.stale.tooltip", problem));
            setTooltip(tooltip);
        }
    }

    static final class BulkResultCell extends ListCell<BulkResult> {
        private final Messages messages;

        BulkResultCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(BulkResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(result.name() + " \u2014 " + result.detail());
            String icon = switch (result.outcome()) {
                case DONE -> "mdal-check_circle";
                case FAILED -> "mdal-error_outline";
                case SKIPPED -> "mdmz-remove_circle_outline";
                case CANCELLED -> "mdal-block";
            };
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add("bulk-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(graphic);
            setAccessibleText(messages.get("bulk.outcome." + result.outcome().name()) + ": " + getText());
        }
    }
}
