package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.StatusStyles;
import com.edfapay.tokenmanager.ui.common.FocusKeeper;
import com.edfapay.tokenmanager.ui.common.WrappingText;
import com.edfapay.tokenmanager.ui.common.CssNames;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pane beside the table: everything about the selected token, and the actions on it. */
final class ApiTokenDetailPane {

    private static final Map<ApiTokenFlags.Flag, String> FLAG_ICONS = Map.of(
            ApiTokenFlags.Flag.EXPIRED, "mdmz-timer_off",
            ApiTokenFlags.Flag.EXPIRING_SOON, "mdmz-schedule",
            ApiTokenFlags.Flag.ROTATE, "mdmz-sync",
            ApiTokenFlags.Flag.UNUSED, "mdmz-snooze",
            ApiTokenFlags.Flag.REPLACED, "mdmz-swap_horiz");

    /** The pane's controls, as the FXML injects them into {@link ApiTokensView}. */
    record Controls(Label empty, VBox content, Label name, Label key, Label status, Label ownKeyNote,
                    Label merchantCaption, Label merchant, Label created, Label lastUsed, Label expires,
                    Label reasonCaption, Label reason, VBox flags, VBox replacedBox, Label replacedLabel,
                    Button disableReplaced, Button rotate, Button disable, Button enable) {
    }

    private final ApiTokensViewModel viewModel;
    private final Controls ui;

    ApiTokenDetailPane(ApiTokensViewModel viewModel, Controls controls) {
        this.viewModel = viewModel;
        this.ui = controls;
    }

    void bind() {
        FocusKeeper.keep(ui.rotate(), ui.disable(), ui.enable(), ui.disableReplaced());
        ui.rotate().disableProperty().bind(viewModel.canRotateProperty().not());
        ui.disable().disableProperty().bind(viewModel.canDisableProperty().not());
        ui.enable().disableProperty().bind(viewModel.canEnableProperty().not());
        ui.disableReplaced().disableProperty().bind(viewModel.canDisableProperty().not());
        // Disable and Enable share one place: a token can only ever be given one of them.
        ui.disable().visibleProperty().bind(viewModel.canEnableProperty().not());
        ui.disable().managedProperty().bind(ui.disable().visibleProperty());
        ui.enable().visibleProperty().bind(viewModel.canEnableProperty());
        ui.enable().managedProperty().bind(ui.enable().visibleProperty());
        ui.merchantCaption().visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        ui.merchantCaption().managedProperty().bind(ui.merchantCaption().visibleProperty());
        ui.merchant().visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        ui.merchant().managedProperty().bind(ui.merchant().visibleProperty());
        show(null);
    }

    /** Shows the row, or the "pick a token" hint for null; call again when the row changed in place. */
    void show(@Nullable ApiTokenRow row) {
        showIf(ui.empty(), row == null);
        showIf(ui.content(), row != null);
        if (row == null) {
            return;
        }
        ui.name().textProperty().bind(row.nameProperty());
        ui.key().textProperty().bind(row.keyProperty());
        ui.status().textProperty().bind(row.statusTextProperty());
        StatusStyles.chip(ui.status(), row.statusProperty().get());
        showIf(ui.ownKeyNote(), row.isOwnKey());
        ui.merchant().textProperty().bind(row.merchantProperty());
        ui.created().textProperty().bind(row.createdLongProperty());
        ui.lastUsed().textProperty().bind(row.lastUsedLongProperty());
        ui.expires().textProperty().bind(row.expiresLongProperty());
        ui.reason().textProperty().bind(row.disabledReasonProperty());
        boolean hasReason = !row.disabledReasonProperty().get().isEmpty();
        showIf(ui.reason(), hasReason);
        showIf(ui.reasonCaption(), hasReason);

        // "Replaced" has its own box with a Disable button, so it is not repeated among the flag notes.
        ui.flags().getChildren().setAll(viewModel.flagNotes(row).stream()
                .filter(note -> note.flag() != ApiTokenFlags.Flag.REPLACED)
                .map(ApiTokenDetailPane::flagNote).toList());
        showIf(ui.flags(), !ui.flags().getChildren().isEmpty());
        boolean replaced = row.hasFlag(ApiTokenFlags.Flag.REPLACED);
        showIf(ui.replacedBox(), replaced);
        ui.replacedLabel().setText(replaced ? viewModel.replacedText(row) : "");
    }

    private static void showIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Node flagNote(ApiTokensViewModel.FlagNote note) {
        FontIcon icon = new FontIcon(FLAG_ICONS.get(note.flag()));
        Label title = new Label(note.title());
        title.getStyleClass().add("flag-title");
        Label detail = WrappingText.of(note.detail(), "text-small", "text-muted");
        VBox text = new VBox(2, title, detail);
        HBox box = new HBox(8, icon, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("flag-note", CssNames.of("flag", note.flag()));
        box.setId("flag-" + note.flag().name());
        return box;
    }
}
