package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.DialogTexts;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import com.edfapay.tokenmanager.ui.common.WrappingText;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The Generate / Rotate form: binds {@link GenerateTokenViewModel}; the confirm button waits for a valid form. */
public final class GenerateTokenDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType confirm;

    public GenerateTokenDialog(Window owner, Messages messages, List<String> stylesheets, GenerateTokenViewModel form) {
        confirm = new ButtonType(form.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.setTitle(form.title());
        DialogTexts.header(dialog.getDialogPane(), form.header(), DialogTexts.Kind.KEY);
        if (owner != null) {
            dialog.initOwner(owner);
        }

        TextField name = new TextField();
        name.setId("tokenNameField");
        name.setPromptText(messages.get("api.form.name.prompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<GenerateTokenViewModel.Expiry> expiry = new ComboBox<>();
        expiry.setId("tokenExpiryCombo");
        expiry.getItems().setAll(form.expiries());
        expiry.valueProperty().bindBidirectional(form.expiryProperty());
        Cells.labelAll(expiry, form::expiryLabel);
        expiry.setMaxWidth(Double.MAX_VALUE);
        Label problem = WrappingText.of("", "text-small", "danger-text");
        problem.setId("tokenFormProblem");
        // Room for two lines from the start: the dialog window does not grow when a message appears.
        problem.setMinHeight(32);
        problem.setPrefHeight(32);
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        // A blank name is obvious; say only what the user cannot see for themselves.
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> form.trimmedName().isEmpty() ? "" : form.problemProperty().get(),
                form.problemProperty(), form.nameProperty()));
        Label hint = WrappingText.of(messages.get("api.form.hint"), "text-small", "text-muted");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label nameLabel = new Label(messages.get("api.form.name"));
        nameLabel.setLabelFor(name);
        Label expiryLabel = new Label(messages.get("api.form.expiry"));
        expiryLabel.setLabelFor(expiry);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, nameLabel, name);
        grid.add(problem, 1, 1);
        grid.addRow(2, expiryLabel, expiry);
        grid.add(hint, 1, 3);
        grid.setPrefWidth(460);
        dialog.getDialogPane().setContent(grid);

        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("generateConfirm");
        confirmButton.disableProperty().bind(form.validProperty().not());
        // Enter in the name field confirms a valid form, as the default button would; the field acts itself
        // rather than rely on the key travelling on from the field to the dialog's default button.
        name.setOnAction(event -> {
            if (!confirmButton.isDisabled()) {
                confirmButton.fire();
            }
        });
        dialog.getDialogPane().setNodeOrientation(SceneFactory.orientation(messages));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.setOnShown(event -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    /** True when the user confirmed a valid form. */
    public boolean ask() {
        return dialog.showAndWait().filter(confirm::equals).isPresent();
    }
}
