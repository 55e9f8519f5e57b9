package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/** How rows, statuses and bulk results of the SDK Tokens tab are drawn. */
final class SdkTokenCells {

    private SdkTokenCells() {
    }

    static void applyStatusStyle(Label label, TokenStatus status) {
        label.getStyleClass().removeIf(style -> style.startsWith("status-"));
        label.getStyleClass().add("status-chip");
        if (status != null) {
            label.getStyleClass().add("status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public @Nullable T fromString(String text) {
                return null;
            }
        };
    }

    static <T> ListCell<T> labelCell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }

    static final class NameCell extends TableCell<SdkTokenRow, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            SdkTokenRow row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(name);
            setTooltip(new Tooltip(row.username()));
        }
    }

    static final class StatusCell extends TableCell<SdkTokenRow, TokenStatus> {
        private final Label chip = new Label();
        private final SdkTokensViewModel viewModel;
        private final Messages messages;

        StatusCell(SdkTokensViewModel viewModel, Messages messages) {
            this.viewModel = viewModel;
            this.messages = messages;
        }

        @Override
        protected void updateItem(TokenStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            chip.setText(viewModel.statusLabel(status));
            applyStatusStyle(chip, status);
            setGraphic(chip);
            SdkTokenRow row = getTableRow().getItem();
            String problem = row == null ? "" : row.problemProperty().get();
            setTooltip(problem.isEmpty() ? null : new Tooltip(messages.get("sdk.status.stale.tooltip", problem)));
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
