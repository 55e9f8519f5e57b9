package com.edfapay.tokenmanager.ui.common;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one window that ever shows a generated secret: masked, revealed only while held, Copy, and an
 * "I have stored this token" check. Closing without the check (Esc, the window's close button) asks again.
 * When it closes, the clear text is dropped from the control; the caller then wipes the {@code Secret}.
 */
final class ShowOnceDialog {

    private final Stage stage = new Stage();
    private final SimpleStringProperty secretText = new SimpleStringProperty("");
    private final CheckBox stored = new CheckBox();
    private final BooleanSupplier closeWithoutStoring;

    ShowOnceDialog(Window owner, Messages messages, List<String> stylesheets, DialogService.SecretOnce request,
                   BooleanSupplier closeWithoutStoring) {
        this.closeWithoutStoring = closeWithoutStoring;
        secretText.set(request.secret().reveal());

        FontIcon icon = new FontIcon("mdal-check_circle");
        icon.setIconSize(22);
        icon.getStyleClass().add("success-icon");
        WrappingText header = WrappingText.of(request.header(), "title-4");
        header.setId("showOnceHeader");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        HBox top = new HBox(10, icon, header);
        top.setAlignment(Pos.CENTER_LEFT);

        WrappingText detail = WrappingText.of(request.detail(), "text-muted");
        detail.setMaxWidth(Double.MAX_VALUE);

        Label secretCaption = new Label(messages.get("api.once.secret"));
        secretCaption.getStyleClass().addAll("text-small", "text-muted");
        MaskedSecretField field = new MaskedSecretField(secretText, messages);
        field.setId("showOnceSecret");
        field.getStyleClass().add("secret-box");

        LiveStatus announcer = new LiveStatus();
        WrappingText copyStatus = WrappingText.of("", "text-small", "success-text");
        copyStatus.setId("showOnceCopyStatus");
        copyStatus.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(copyStatus, Priority.ALWAYS);
        Button copy = new Button(messages.get("secret.copy"), new FontIcon("mdal-content_copy"));
        copy.setId("showOnceCopy");
        copy.getStyleClass().add("accent");
        copy.setTooltip(new Tooltip(messages.get("api.once.copy.tooltip")));
        copy.setOnAction(event -> {
            String said = request.copy().get();
            copyStatus.setText(said);
            announcer.announce(said);
        });
        HBox copyRow = new HBox(10, copy, copyStatus);
        copyRow.setAlignment(Pos.CENTER_LEFT);

        // The check box's own text would wrap with JavaFX's wrapping; its label is a WrappingText beside it.
        stored.setId("showOnceStored");
        stored.setAccessibleText(messages.get("api.once.stored"));
        WrappingText storedText = WrappingText.of(messages.get("api.once.stored"));
        storedText.setId("showOnceStoredText");
        storedText.setLabelFor(stored);
        storedText.setMaxWidth(Double.MAX_VALUE);
        storedText.setOnMouseClicked(event -> stored.fire());
        HBox.setHgrow(storedText, Priority.ALWAYS);
        HBox storedRow = new HBox(8, stored, storedText);
        storedRow.setAlignment(Pos.TOP_LEFT);

        Button done = new Button(messages.get("api.once.done"));
        done.setId("showOnceDone");
        done.setDefaultButton(true);
        done.disableProperty().bind(stored.selectedProperty().not());
        done.setOnAction(event -> attemptClose());
        WrappingText hint = WrappingText.of(messages.get("api.once.doneHint"), "text-small", "text-muted");
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.visibleProperty().bind(stored.selectedProperty().not());
        HBox buttons = new HBox(10, hint, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, top, detail, secretCaption, field, copyRow, storedRow, buttons);
        root.getChildren().add(announcer);
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setPrefWidth(560);
        root.getStyleClass().add("show-once");
        root.setNodeOrientation(SceneFactory.orientation(messages));

        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                attemptClose();
            }
        });
        stage.setScene(scene);
        stage.setTitle(request.title());
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> {
            event.consume();
            attemptClose();
        });
        stage.setOnHidden(event -> secretText.set(""));
    }

    void showAndWait() {
        stage.showAndWait();
        secretText.set("");
    }

    private void attemptClose() {
        if (stored.isSelected() || closeWithoutStoring.getAsBoolean()) {
            secretText.set("");
            stage.close();
        }
    }
}
