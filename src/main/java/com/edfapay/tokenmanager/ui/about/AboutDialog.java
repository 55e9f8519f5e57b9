package com.edfapay.tokenmanager.ui.about;

import com.edfapay.tokenmanager.ui.common.InfoWindows;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Button;
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
        InfoWindows.dress(dialog, owner, messages, stylesheets, messages.get("about.title"), messages.get("app.title"),
                "mdal-info", "aboutDialog", content);
    }

    public boolean ask() {
        dialog.showAndWait();
        return true;
    }
}
