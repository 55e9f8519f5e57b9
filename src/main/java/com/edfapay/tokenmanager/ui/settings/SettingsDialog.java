package com.edfapay.tokenmanager.ui.settings;

import com.edfapay.tokenmanager.ui.common.InfoWindows;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.ViewLoader;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Shows the Settings screen in a window of its own; every change is applied while it is open. */
public final class SettingsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public SettingsDialog(Window owner, Messages messages, List<String> stylesheets, SettingsViewModel viewModel) {
        InfoWindows.dress(dialog, owner, messages, stylesheets, messages.get("settings.title"),
                messages.get("settings.header"), "mdmz-settings", "settingsDialog", new ViewLoader(messages)
                        .register(SettingsView.class, () -> new SettingsView(viewModel)).load(SettingsView.class).root());
        // Room for the form's two columns and the pane's padding: without it the form runs past the window's
        // edge (the pane is sized before the wrapped help texts know their height).
        dialog.getDialogPane().setPrefWidth(680);
    }

    /** Shows the window until closed; true, since every change is already applied. */
    public boolean ask() {
        dialog.showAndWait();
        return true;
    }
}
