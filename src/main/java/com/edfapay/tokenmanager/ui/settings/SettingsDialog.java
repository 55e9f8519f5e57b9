package com.edfapay.tokenmanager.ui.settings;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import com.edfapay.tokenmanager.ui.common.ViewLoader;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows the Settings screen in a window of its own; every change is applied while it is open. */
public final class SettingsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public SettingsDialog(Window owner, Messages messages, List<String> stylesheets, SettingsViewModel viewModel) {
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.header"));
        FontIcon icon = new FontIcon("mdmz-settings");
        icon.setIconSize(24);
        icon.getStyleClass().add("accent-icon");
        dialog.setGraphic(icon);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(new ViewLoader(messages)
                .register(SettingsView.class, () -> new SettingsView(viewModel)).load(SettingsView.class).root());
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setNodeOrientation(SceneFactory.orientation(messages));
        dialog.getDialogPane().setId("settingsDialog");
    }

    /** Shows the window until closed; true, since every change is already applied. */
    public boolean ask() {
        dialog.showAndWait();
        return true;
    }
}
