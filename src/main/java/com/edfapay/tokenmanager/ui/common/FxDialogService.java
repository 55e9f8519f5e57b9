package com.edfapay.tokenmanager.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/** Dialogs owned by the main window, styled by the theme, oriented after the language. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final java.util.function.Consumer<String> browser;
    private final Messages messages;

    public FxDialogService(Window owner, java.util.function.Consumer<String> browser, Messages messages) {
        this.owner = owner;
        this.browser = browser;
        this.messages = messages;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        ButtonType confirm = new ButtonType(confirmation.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(confirmation.destructive() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION,
                confirmation.detail(), confirm, cancel);
        prepare(alert, confirmation.title(), confirmation.header());
        if (confirmation.destructive()) {
            alert.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
            // The safe choice is the default, so Enter alone never destroys anything.
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title, null);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Label toast = new Label(message);
        toast.getStyleClass().add("toast");
        Popup popup = new Popup();
        popup.getContent().add(toast);
        // Never auto-hide on click: that would swallow the user's next click on the window.
        popup.setAutoHide(false);
        popup.setConsumeAutoHidingEvents(false);
        toast.setMouseTransparent(true);
        popup.show(owner);
        popup.setX(owner.getX() + (owner.getWidth() - toast.getWidth()) / 2);
        popup.setY(owner.getY() + owner.getHeight() - toast.getHeight() - 64);
        PauseTransition delay = new PauseTransition(Duration.seconds(3));
        delay.setOnFinished(event -> popup.hide());
        delay.play();
    }

    @Override
    public void openInBrowser(String url) {
        browser.accept(url);
    }

    private void prepare(Alert alert, String title, String header) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setNodeOrientation(
                messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        alert.getDialogPane().setMinWidth(460);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
