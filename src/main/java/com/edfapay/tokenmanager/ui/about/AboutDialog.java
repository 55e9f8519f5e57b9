package com.edfapay.tokenmanager.ui.about;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The About box: binds {@link AboutViewModel}. */
public final class AboutDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public AboutDialog(Window owner, Messages messages, List<String> stylesheets, AboutViewModel viewModel) {
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.setTitle(messages.get("about.title"));
        dialog.setHeaderText(messages.get("app.title"));
        FontIcon icon = new FontIcon("mdal-info");
        icon.setIconSize(24);
        icon.getStyleClass().add("accent-icon");
        dialog.setGraphic(icon);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Label version = new Label(viewModel.versionText());
        version.getStyleClass().add("text-bold");
        Label runtime = new Label(viewModel.runtimeText());
        runtime.setWrapText(true);
        Label folders = new Label(viewModel.foldersText());
        folders.setWrapText(true);
        folders.getStyleClass().addAll("text-muted", "text-small");
        Button copy = new Button(messages.get("about.copy"), new FontIcon("mdal-content_copy"));
        copy.setId("copyDiagnostics");
        copy.setOnAction(event -> viewModel.copyDiagnostics());
        Label status = new Label();
        status.setId("aboutStatus");
        status.setWrapText(true);
        status.getStyleClass().add("text-small");
        status.textProperty().bind(viewModel.statusProperty());
        VBox content = new VBox(10, version, runtime, folders, new HBox(10, copy), status);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setNodeOrientation(SceneFactory.orientation(messages));
    }

    public boolean ask() {
        dialog.showAndWait();
        return true;
    }
}
