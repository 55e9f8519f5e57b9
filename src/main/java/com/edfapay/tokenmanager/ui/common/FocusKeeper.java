package com.edfapay.tokenmanager.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard where the user was: an action button that is disabled while its action runs loses the focus
 * (JavaFX moves it on to some other control); when the button is enabled again and the user is not typing
 * somewhere else meanwhile, it gets the focus back.
 */
public final class FocusKeeper {

    private static final Object LOST = new Object();

    private FocusKeeper() {
    }

    public static void keep(Node... controls) {
        for (Node control : controls) {
            control.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && (control.isDisabled() || !control.isVisible())) {
                    control.getProperties().put(LOST, Boolean.TRUE);
                }
            });
            control.disabledProperty().addListener((obs, was, disabled) -> {
                if (disabled && control.isFocused()) {
                    control.getProperties().put(LOST, Boolean.TRUE);
                } else if (!disabled) {
                    giveBack(control);
                }
            });
        }
    }

    private static void giveBack(Node control) {
        if (control.getProperties().remove(LOST) == null || !control.isVisible()) {
            return;
        }
        Scene scene = control.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (scene != null && !(owner instanceof TextInputControl)) {
            control.requestFocus();
        }
    }
}
