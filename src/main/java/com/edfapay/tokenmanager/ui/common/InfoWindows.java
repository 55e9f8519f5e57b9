package com.edfapay.tokenmanager.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the app's information windows (About, Settings) share, set up in one place: a single Close button, the title,
 * a header with an accent icon, the owner, the app's stylesheets, right-to-left for Arabic, and an id for tests.
 * It only dresses a dialog its caller made (the form dialogs the composition root registers, docs/decisions/0015).
 */
public final class InfoWindows {

    private InfoWindows() {
    }

    /** Dresses {@code dialog}; {@code icon} is an Ikonli icon code, {@code id} the dialog pane's id. */
    public static void dress(Dialog<ButtonType> dialog, @Nullable Window owner, Messages messages,
                             List<String> stylesheets, String title, String header, String icon, String id,
                             Node content) {
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(24);
        graphic.getStyleClass().add("accent-icon");
        dialog.setGraphic(graphic);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setNodeOrientation(SceneFactory.orientation(messages));
        dialog.getDialogPane().setId(id);
    }
}
