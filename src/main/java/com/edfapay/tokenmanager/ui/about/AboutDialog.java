package com.edfapay.tokenmanager.ui.about;

import com.edfapay.tokenmanager.ui.common.InfoWindows;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.WrappingText;
import java.util.List;
import javafx.geometry.NodeOrientation;
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
        Label runtime = WrappingText.of(viewModel.runtimeText());
        runtime.setId("aboutRuntime");
        // Versions and paths are Latin technical text: left to right even in Arabic, so slashes and dashes
        // stay where they belong.
        runtime.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        VBox folders = folderRows(viewModel.foldersText());
        folders.setId("aboutFolders");
        Button copy = new Button(messages.get("about.copy"), new FontIcon("mdal-content_copy"));
        copy.setId("copyDiagnostics");
        copy.setOnAction(event -> viewModel.copyDiagnostics());
        Label status = WrappingText.of("", "text-small");
        status.setId("aboutStatus");
        status.textProperty().bind(viewModel.statusProperty());
        VBox content = new VBox(10, version, runtime, folders, new HBox(10, copy), status);
        content.setPrefWidth(520);
        InfoWindows.dress(dialog, owner, messages, stylesheets, messages.get("about.title"), messages.get("app.title"),
                "mdal-info", "aboutDialog", content);
    }

    /**
     * One row per "name: path" line: the name in the window's direction, the path left to right on its own, so
     * its slashes stay where they belong in Arabic too (a path inside an Arabic line would be reordered).
     */
    private static VBox folderRows(String text) {
        VBox rows = new VBox(2);
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            Label name = new Label(colon < 0 ? line : line.substring(0, colon + 1));
            name.setMinWidth(Label.USE_PREF_SIZE);
            HBox row = new HBox(6, name);
            if (colon >= 0) {
                Label path = new Label(line.substring(colon + 2));
                path.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                path.setTooltip(new javafx.scene.control.Tooltip(path.getText()));
                row.getChildren().add(path);
            }
            row.getChildren().forEach(node -> node.getStyleClass().addAll("text-muted", "text-small"));
            rows.getChildren().add(row);
        }
        return rows;
    }

    public boolean ask() {
        dialog.showAndWait();
        return true;
    }
}
