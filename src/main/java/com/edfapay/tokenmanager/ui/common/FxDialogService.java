package com.edfapay.tokenmanager.ui.common;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/** Dialogs owned by the main window, styled by the theme, oriented after the language. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final java.util.function.Consumer<String> browser;
    private final Messages messages;
    private final java.util.Map<Class<?>, FormDialog<?>> forms = new java.util.HashMap<>();
    private final LiveStatus liveStatus = new LiveStatus();

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
                "", confirm, cancel);
        prepare(alert, confirmation.title(), confirmation.header(),
                confirmation.destructive() ? DialogTexts.Kind.WARNING : DialogTexts.Kind.QUESTION);
        DialogTexts.content(alert.getDialogPane(), confirmation.detail());
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
        liveStatus.announce(title + ". " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        prepare(alert, title, title, DialogTexts.Kind.ERROR);
        DialogTexts.content(alert.getDialogPane(), message);
        // One button: Enter and Esc both close.
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setCancelButton(true);
        alert.showAndWait();
    }

    /** The main window's node that says notices and errors to assistive technology; the window puts it in. */
    public LiveStatus liveStatus() {
        return liveStatus;
    }

    @Override
    public void notify(String message) {
        liveStatus.announce(message);
        if (owner == null || owner.getScene() == null || !owner.isShowing()) {
            return;
        }
        WrappingText toast = WrappingText.of(message, "toast");
        toast.setId("toast");
        toast.setMaxWidth(Math.max(240, Math.min(560, owner.getWidth() - 80)));
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

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.@org.jspecify.annotations.Nullable Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(currentOwner())).map(java.io.File::toPath);
    }

    @Override
    public void showSecretOnce(SecretOnce request) {
        new ShowOnceDialog(owner, messages, stylesheets(), request, () -> confirm(new Confirmation(
                messages.get("api.once.closeAnyway.title"),
                messages.get("api.once.closeAnyway.header"),
                messages.get("api.once.closeAnyway.detail"),
                messages.get("api.once.closeAnyway.confirm"), true))).showAndWait();
    }

    /** A feature's own form dialog, registered by the composition root so this class needs no feature code. */
    @FunctionalInterface
    public interface FormDialog<F> {
        boolean ask(Window owner, java.util.List<String> stylesheets, F form);
    }

    @Override
    public Optional<java.nio.file.Path> askSaveFile(String title, String suggestedName, String filterLabel,
                                                    String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(filterLabel, "*." + extension));
        java.io.File chosen = chooser.showSaveDialog(currentOwner());
        return Optional.ofNullable(chosen).map(java.io.File::toPath);
    }

    public <F> FxDialogService registerForm(Class<F> type, FormDialog<F> dialog) {
        forms.put(type, dialog);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean askForm(Object form) {
        FormDialog<Object> dialog = (FormDialog<Object>) forms.get(form.getClass());
        if (dialog == null) {
            throw new IllegalStateException("No dialog registered for " + form.getClass().getName());
        }
        return dialog.ask(owner, stylesheets(), form);
    }

    @Override
    public Optional<String> askReason(ReasonRequest request) {
        Dialog<ButtonType> dialog = new Dialog<>();
        ButtonType confirm = new ButtonType(request.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        WrappingText detail = DialogTexts.paragraph(request.detail(), "text-muted");
        Label prompt = new Label(request.prompt());
        TextArea reason = new TextArea();
        reason.setId("reasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        prompt.setLabelFor(reason);
        VBox content = new VBox(8, detail, prompt, reason);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("reasonConfirm");
        confirmButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank(), reason.textProperty()));
        if (request.destructive()) {
            confirmButton.getStyleClass().add("danger");
        }
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        confirmButton.setDefaultButton(false);
        prepare(dialog, request.title(), request.header(),
                request.destructive() ? DialogTexts.Kind.WARNING : DialogTexts.Kind.QUESTION);
        dialog.setOnShown(event -> reason.requestFocus());
        return dialog.showAndWait().filter(confirm::equals).map(button -> reason.getText().trim())
                .filter(text -> !text.isEmpty());
    }

    /** The window the user is looking at (a show-once dialog asks again on top of itself), else the main one. */
    private Window currentOwner() {
        return Window.getWindows().stream().filter(Window::isFocused).filter(Window::isShowing)
                .filter(window -> window instanceof javafx.stage.Stage).findFirst().orElse(owner);
    }

    private java.util.List<String> stylesheets() {
        return owner != null && owner.getScene() != null
                ? java.util.List.copyOf(owner.getScene().getStylesheets()) : java.util.List.of();
    }

    private void prepare(Dialog<?> alert, String title, @Nullable String header, DialogTexts.Kind kind) {
        alert.initOwner(currentOwner());
        alert.setTitle(title);
        DialogTexts.header(alert.getDialogPane(), header, kind);
        alert.getDialogPane().setNodeOrientation(SceneFactory.orientation(messages));
        alert.getDialogPane().setMinWidth(460);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
