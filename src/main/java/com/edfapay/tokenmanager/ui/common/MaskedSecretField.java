package com.edfapay.tokenmanager.ui.common;

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
    private Runnable onReveal = () -> { };

    public MaskedSecretField(ObservableValue<String> secret, Messages messages) {
        text.getStyleClass().add("secret-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        reveal.setGraphic(new FontIcon("mdmz-visibility"));
        reveal.getStyleClass().addAll("button-icon", "flat");
        reveal.setTooltip(new Tooltip(messages.get("secret.reveal.tooltip")));
        reveal.setAccessibleText(messages.get("secret.reveal.tooltip"));
        reveal.disableProperty().bind(Bindings.createBooleanBinding(
                () -> secret.getValue() == null || secret.getValue().isEmpty(), secret));
        text.textProperty().bind(Bindings.createStringBinding(
                () -> reveal.isArmed() || reveal.isPressed() ? nullToEmpty(secret.getValue())
                        : SecretMask.mask(secret.getValue()),
                secret, reveal.armedProperty(), reveal.pressedProperty()));
        reveal.pressedProperty().addListener((obs, was, pressed) -> {
            if (pressed && secret.getValue() != null && !secret.getValue().isEmpty()) {
                onReveal.run();
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
        this.onReveal = action == null ? () -> { } : action;
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
