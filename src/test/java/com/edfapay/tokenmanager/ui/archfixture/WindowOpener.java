package com.edfapay.tokenmanager.ui.archfixture;

import javafx.stage.Popup;
import javafx.stage.Stage;

/** Opens windows itself instead of asking the dialog service. */
final class WindowOpener {

    private WindowOpener() {
    }

    static Stage window() {
        return new Stage();
    }

    static Popup popup() {
        return new Popup();
    }
}
