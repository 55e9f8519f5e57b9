package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.FocusKeeper;
import com.edfapay.tokenmanager.ui.common.MaskedSecretField;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.QrCodes;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane of the SDK Tokens tab. Binds once to {@link SdkTokenDetailViewModel}, which follows the selection
 * and says what the row's state allows. The QR code is drawn only while shown and while the window has the focus.
 */
public final class SdkTokenDetailView {

    private final SdkTokensViewModel viewModel;
    private final SdkTokenDetailViewModel detail;
    private final Messages messages;

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
        this.detail = viewModel.detail();
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        refreshRowButton.setAccessibleText(messages.get("sdk.action.refreshRow"));
        FocusKeeper.keep(copyButton, qrButton, generateButton, toggleButton, refreshRowButton);
        MaskedSecretField secret = new MaskedSecretField(detail.maskedTokenProperty(), viewModel.heldTokenProperty(),
                detail.hasTokenProperty(), viewModel::revealSelected, messages);
        secret.setOnReveal(viewModel::tokenRevealed);
        secret.setId("tokenSecret");
        secretSlot.getChildren().setAll(secret);

        shown(detailEmpty, detail.shownProperty().not());
        shown(detailContent, detail.shownProperty());
        detailName.textProperty().bind(detail.nameProperty());
        detailUsername.textProperty().bind(detail.usernameProperty());
        detailType.textProperty().bind(detail.typeProperty());
        detailUnit.textProperty().bind(detail.unitProperty());
        detailTrsm.textProperty().bind(detail.trsmProperty());
        detailTerminal.textProperty().bind(detail.terminalProperty());
        detailDevice.textProperty().bind(detail.deviceProperty());
        detailStatus.textProperty().bind(detail.statusTextProperty());
        detail.statusProperty().addListener((obs, old, status) -> StatusStyles.chip(detailStatus, status));
        StatusStyles.chip(detailStatus, detail.statusProperty().get());
        detailProblem.textProperty().bind(detail.problemProperty());
        shown(detailProblem, detail.problemProperty().isNotEmpty());
        shown(detailNoToken, detail.noTokenShownProperty());
        shown(secretSlot, detail.hasTokenProperty());
        copyButton.disableProperty().bind(detail.copyDisabledProperty());
        qrButton.disableProperty().bind(detail.qrDisabledProperty());
        qrButton.textProperty().bind(detail.qrButtonTextProperty());
        generateButton.textProperty().bind(detail.generateTextProperty());
        generateButton.disableProperty().bind(detail.generateDisabledProperty());
        toggleButton.textProperty().bind(detail.toggleTextProperty());
        toggleButton.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(detail.toggleIconProperty().get()), detail.toggleIconProperty()));
        toggleButton.disableProperty().bind(detail.toggleDisabledProperty());
        refreshRowButton.disableProperty().bind(detail.refreshDisabledProperty());

        qrPane.visibleProperty().bind(viewModel.qrShownProperty().and(windowFocused()));
        qrPane.managedProperty().bind(qrPane.visibleProperty());
        qrPane.visibleProperty().addListener((obs, old, visible) -> renderQr());
        viewModel.heldTokenProperty().addListener((obs, old, token) -> renderQr());
    }

    private static void shown(javafx.scene.Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
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

    private ObservableBooleanValue windowFocused() {
        BooleanProperty focused = new SimpleBooleanProperty(true);
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

    private void renderQr() {
        String token = viewModel.heldTokenProperty().get();
        qrImage.setImage(qrPane.isVisible() && token != null ? QrCodes.render(token, 440) : null);
    }

    @FXML private void copy() { viewModel.copySelected(); }
    @FXML private void toggleQr() { viewModel.toggleQr(); }
    @FXML private void generateOrReplace() { viewModel.generateOrReplaceSelected(); }
    @FXML private void toggle() { viewModel.toggleSelected(); }
    @FXML private void refreshRow() { viewModel.refreshSelected(); }
}
