package com.edfapay.tokenmanager.ui.archfixture;

import javafx.scene.control.Label;

/** Not a view by structure (no @FXML, extends nothing, creates no node), yet it touches a control. */
final class StyleHelper {

    private StyleHelper() {
    }

    static void mark(Label label) {
        label.getStyleClass().add("status-active");
    }
}
