package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.MaskedSecretField;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.QrCodes;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane of the SDK Tokens tab: the selected user, their token masked (revealed while held), and the
 * actions on it. The QR code is drawn only while shown and while the window has the focus.
 */
public final class SdkTokenDetailView {

    private final SdkTokensViewModel viewModel;
    private final Messages messages;
    private final ReadOnlyStringWrapper selectedToken = new ReadOnlyStringWrapper();
    private @Nullable SdkTokenRow shownRow;

    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailPane;
    @FXML private Label detailEmpty;
    @FXML private VBox detailContent;
    @FXML private Label detailName;
    @FXML private Label detailStatus;
    @FXML private Label detailUsername;
    @FXML private Label detailType;
    @FXML private Label detailUnit;
    @FXML private Label detailTrsm;
    @FXML private Label detailTerminal;
    @FXML private Label detailDevice;
    @FXML private VBox secretSlot;
    @FXML private Label detailNoToken;
    @FXML private Label detailProblem;
    @FXML private Button copyButton;
    @FXML private Button qrButton;
    @FXML private Button generateButton;
    @FXML private Button toggleButton;
    @FXML private Button refreshRowButton;
    @FXML private VBox qrPane;
    @FXML private ImageView qrImage;

    public SdkTokenDetailView(SdkTokensViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        refreshRowButton.setAccessibleText(messages.get("sdk.action.refreshRow"));
        bindDetail();
    }

    /** The pane's content, for the single-card layout of user and terminal keys. */
    VBox content() {
        return detailPane;
    }

    /** Enter in the table moves here: to Copy when there is a token, else to Generate. */
    void focusFirstAction() {
        if (!copyButton.isDisabled()) {
            copyButton.requestFocus();
        } else {
            generateButton.requestFocus();
        }
    }

    private void bindDetail() {
        MaskedSecretField secret = new MaskedSecretField(selectedToken, messages);
        secret.setOnReveal(viewModel::tokenRevealed);
        secret.setId("tokenSecret");
        secretSlot.getChildren().setAll(secret);
        viewModel.selectedProperty().addListener((obs, old, row) -> showDetail(row));
        showDetail(viewModel.selectedProperty().get());
        qrPane.visibleProperty().bind(viewModel.qrShownProperty().and(windowFocused()));
        qrPane.managedProperty().bind(qrPane.visibleProperty());
        qrPane.visibleProperty().addListener((obs, old, visible) -> renderQr(visible));
        qrButton.textProperty().bind(Bindings.when(viewModel.qrShownProperty())
                .then(messages.get("sdk.action.qrHide")).otherwise(messages.get("sdk.action.qr")));
    }

    private javafx.beans.value.ObservableBooleanValue windowFocused() {
        javafx.beans.property.BooleanProperty focused = new javafx.beans.property.SimpleBooleanProperty(true);
        detailScroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w, window) -> {
                    if (window != null) {
                        focused.bind(window.focusedProperty());
                    }
                });
                if (scene.getWindow() != null) {
                    focused.bind(scene.getWindow().focusedProperty());
                }
            }
        });
        return focused;
    }

    private void renderQr(boolean visible) {
        String token = selectedToken.get();
        qrImage.setImage(visible && token != null ? QrCodes.render(token, 440) : null);
    }

    private void showDetail(SdkTokenRow row) {
        shownRow = row;
        detailEmpty.setVisible(row == null);
        detailEmpty.setManaged(row == null);
        detailContent.setVisible(row != null);
        detailContent.setManaged(row != null);
        unbindDetail();
        if (row == null) {
            selectedToken.set(null);
            return;
        }
        detailName.setText(row.displayName());
        detailUsername.setText(row.username().isEmpty() ? "\u2014" : row.username());
        detailType.setText(viewModel.rowTypeLabel(row.userType()));
        detailUnit.setText(row.businessUnitName());
        detailTrsm.textProperty().bind(orDash(row.trsmProperty()));
        detailTerminal.textProperty().bind(orDash(row.terminalIdProperty()));
        detailDevice.textProperty().bind(orDash(row.deviceIdProperty()));
        detailProblem.textProperty().bind(row.problemProperty());
        detailProblem.visibleProperty().bind(row.problemProperty().isNotEmpty());
        detailProblem.managedProperty().bind(detailProblem.visibleProperty());
        selectedToken.bind(row.tokenProperty());
        detailStatus.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.statusLabel(row.statusProperty().get()), row.statusProperty()));
        row.statusProperty().addListener(statusStyle);
        SdkTokenCells.applyStatusStyle(detailStatus, row.statusProperty().get());
        var noToken = Bindings.createBooleanBinding(() -> !row.hasToken(), row.tokenProperty());
        detailNoToken.visibleProperty().bind(noToken.and(row.statusProperty().isEqualTo(TokenStatus.NO_TOKEN)));
        detailNoToken.managedProperty().bind(detailNoToken.visibleProperty());
        secretSlot.visibleProperty().bind(noToken.not());
        secretSlot.managedProperty().bind(secretSlot.visibleProperty());
        copyButton.disableProperty().bind(noToken.or(row.busyProperty()));
        qrButton.disableProperty().bind(noToken);
        generateButton.textProperty().bind(Bindings.when(noToken)
                .then(messages.get("sdk.action.generate")).otherwise(messages.get("sdk.action.replace")));
        generateButton.disableProperty().bind(row.busyProperty().or(row.statusProperty().isEqualTo(TokenStatus.LOADING)));
        toggleButton.textProperty().bind(Bindings.when(row.statusProperty().isEqualTo(TokenStatus.ACTIVE))
                .then(messages.get("sdk.action.disable")).otherwise(messages.get("sdk.action.enable")));
        toggleButton.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                row.isActive() ? "mdal-block" : "mdal-check_circle"), row.statusProperty()));
        toggleButton.disableProperty().bind(noToken.or(row.busyProperty())
                .or(row.statusProperty().isNotEqualTo(TokenStatus.ACTIVE)
                        .and(row.statusProperty().isNotEqualTo(TokenStatus.DISABLED))));
        refreshRowButton.disableProperty().bind(row.busyProperty());
    }

    private final javafx.beans.value.ChangeListener<TokenStatus> statusStyle =
            (obs, old, status) -> SdkTokenCells.applyStatusStyle(detailStatus, status);

    private void unbindDetail() {
        for (Label label : List.of(detailTrsm, detailTerminal, detailDevice, detailProblem, detailStatus)) {
            label.textProperty().unbind();
        }
        detailProblem.visibleProperty().unbind();
        detailProblem.managedProperty().unbind();
        selectedToken.unbind();
        if (shownRow != null) {
            shownRow.statusProperty().removeListener(statusStyle);
        }
        for (Button button : List.of(copyButton, qrButton, generateButton, toggleButton, refreshRowButton)) {
            button.disableProperty().unbind();
        }
        generateButton.textProperty().unbind();
        toggleButton.textProperty().unbind();
        toggleButton.graphicProperty().unbind();
    }

    @FXML private void copy() { viewModel.copySelected(); }
    @FXML private void toggleQr() { viewModel.toggleQr(); }
    @FXML private void generateOrReplace() { viewModel.generateOrReplaceSelected(); }
    @FXML private void toggle() { viewModel.toggleSelected(); }
    @FXML private void refreshRow() { viewModel.refreshSelected(); }

    private static javafx.beans.binding.StringBinding orDash(ObservableValue<String> value) {
        return Bindings.createStringBinding(() -> value.getValue() == null || value.getValue().isEmpty()
                ? "\u2014" : value.getValue(), value);
    }
}
