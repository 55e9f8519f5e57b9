package com.edfapay.tokenmanager.ui.common;

import static com.edfapay.tokenmanager.api.Strings.nullToEmpty;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a secret masked, and in full only while the eye button is held down (mouse or Space key). Releasing,
 * or the window losing focus, masks it again.
 */
public final class MaskedSecretField extends HBox {

    private final Label text = new Label();
    private final Button reveal = new Button();
    private Runnable revealListener = () -> { };
    private final javafx.beans.binding.BooleanBinding secretShown;

    public MaskedSecretField(ObservableValue<String> secret, Messages messages) {
        this(Bindings.createStringBinding(() -> SecretMask.mask(secret.getValue()), secret), secret,
                Bindings.createBooleanBinding(() -> secret.getValue() != null && !secret.getValue().isEmpty(), secret),
                () -> { }, messages);
    }

    /**
     * For a secret that is not held until it is needed: shows {@code masked}; pressing the eye calls
     * {@code onReveal} (which fetches the secret into {@code secret}) and shows it, while held, once it is there.
     */
    public MaskedSecretField(ObservableValue<String> masked, ObservableValue<String> secret,
                             javafx.beans.value.ObservableBooleanValue revealable, Runnable onReveal,
                             Messages messages) {
        text.getStyleClass().add("secret-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        reveal.setGraphic(new FontIcon("mdmz-visibility"));
        reveal.getStyleClass().addAll("button-icon", "flat");
        reveal.setTooltip(new Tooltip(messages.get("secret.reveal.tooltip")));
        reveal.setAccessibleText(messages.get("secret.reveal.tooltip"));
        reveal.disableProperty().bind(Bindings.createBooleanBinding(() -> !revealable.get(), revealable));
        reveal.armedProperty().addListener((obs, was, armed) -> {
            if (armed && (secret.getValue() == null || secret.getValue().isEmpty())) {
                onReveal.run();
            }
        });
        text.textProperty().bind(Bindings.createStringBinding(
                () -> showsSecret(secret) ? secret.getValue() : nullToEmpty(masked.getValue()),
                masked, secret, reveal.armedProperty(), reveal.pressedProperty()));
        // Each time the secret comes into view (held, and fetched if it was not), for the activity log.
        // Kept in a field: a binding only its dependencies know of (weakly) would be collected.
        secretShown = Bindings.createBooleanBinding(() -> showsSecret(secret), secret, reveal.armedProperty(),
                reveal.pressedProperty());
        secretShown.addListener((obs, was, shown) -> {
            if (shown) {
                revealListener.run();
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().focusedProperty().addListener((o, was, focused) -> {
                    if (!focused) {
                        reveal.disarm();
                    }
                });
            }
        });
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("masked-secret");
        getChildren().addAll(text, reveal);
    }

    /** Called each time the user starts holding the reveal control (for the activity log). */
    public void setOnReveal(Runnable action) {
        this.revealListener = action == null ? () -> { } : action;
    }

    /** Masks the secret again at once (the idle lock). */
    public void conceal() {
        reveal.disarm();
    }

    public Button revealButton() {
        return reveal;
    }

    public Label textLabel() {
        return text;
    }

    private boolean showsSecret(ObservableValue<String> secret) {
        return (reveal.isArmed() || reveal.isPressed()) && secret.getValue() != null && !secret.getValue().isEmpty();
    }
}
