package com.edfapay.tokenmanager.ui.connect;

import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Connect screen to its view-model. */
public final class ConnectView {

    private static final Map<String, String> PERSONA_ICONS = Map.of(
            "partner", "mdal-account_tree",
            "merchant", "mdmz-storefront",
            "branch", "mdmz-store_mall_directory",
            "user", "mdmz-person",
            "terminal", "mdmz-point_of_sale");

    private final ConnectViewModel viewModel;

    @FXML private ScrollPane root;
    @FXML private ProgressIndicator sandboxProgress;
    @FXML private Label sandboxStatus;
    @FXML private VBox personaBox;
    @FXML private ComboBox<ConnectionProfile> profileCombo;
    @FXML private Button newProfileButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<Environment> environmentCombo;
    @FXML private TextField baseUrlField;
    @FXML private PasswordField apiKeyField;
    @FXML private CheckBox rememberBox;
    @FXML private Label keychainNote;
    @FXML private Label productionWarning;
    @FXML private Button connectButton;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Label inputProblemLabel;

    public ConnectView(ConnectViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }

    @FXML
    private void initialize() {
        sandboxStatus.textProperty().bind(viewModel.sandboxStatusProperty());
        sandboxProgress.visibleProperty().bind(viewModel.sandboxStateProperty().isEqualTo(ConnectViewModel.SandboxState.STARTING));
        sandboxProgress.managedProperty().bind(sandboxProgress.visibleProperty());
        viewModel.personas().addListener((ListChangeListener<ConnectViewModel.PersonaChoice>) change -> showPersonas());
        showPersonas();

        profileCombo.setItems(viewModel.profiles());
        profileCombo.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());
        profileCombo.setConverter(Cells.converter(ConnectionProfile::name));
        environmentCombo.getItems().setAll(viewModel.environments());
        Cells.labelAll(environmentCombo, viewModel::environmentLabel);
        environmentCombo.valueProperty().bindBidirectional(viewModel.environmentProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        baseUrlField.editableProperty().bind(viewModel.baseUrlEditableProperty());
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        apiKeyField.promptTextProperty().bind(viewModel.apiKeyPromptProperty());
        rememberBox.selectedProperty().bindBidirectional(viewModel.rememberKeyProperty());
        rememberBox.disableProperty().bind(viewModel.keychainAvailableProperty().not());
        keychainNote.visibleProperty().bind(viewModel.keychainMissingProperty());
        keychainNote.managedProperty().bind(keychainNote.visibleProperty());
        productionWarning.visibleProperty().bind(viewModel.productionProperty());
        productionWarning.managedProperty().bind(productionWarning.visibleProperty());

        connectButton.disableProperty().bind(viewModel.canSubmitProperty().not());
        testButton.disableProperty().bind(viewModel.canSubmitProperty().not());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        deleteButton.disableProperty().bind(viewModel.canDeleteProperty().not());
        newProfileButton.disableProperty().bind(viewModel.busyProperty());

        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        inputProblemLabel.textProperty().bind(viewModel.inputProblemProperty());
        inputProblemLabel.visibleProperty().bind(viewModel.inputProblemProperty().isNotEmpty());
        inputProblemLabel.managedProperty().bind(inputProblemLabel.visibleProperty());
        StatusStyles.follow(statusLabel, viewModel.statusKindProperty());
    }

    private void showPersonas() {
        personaBox.getChildren().setAll(viewModel.personas().stream().map(this::personaButton).toList());
    }

    private Node personaButton(ConnectViewModel.PersonaChoice choice) {
        Label title = new Label(choice.title());
        title.getStyleClass().add("persona-title");
        Label detail = new Label(choice.detail());
        detail.getStyleClass().addAll("text-muted", "text-small");
        VBox text = new VBox(2, title, detail);
        Button button = new Button(null, text);
        FontIcon icon = new FontIcon(PERSONA_ICONS.getOrDefault(choice.persona().name(), "mdmz-person"));
        icon.setIconSize(22);
        button.setGraphic(new javafx.scene.layout.HBox(12, icon, text));
        ((javafx.scene.layout.HBox) button.getGraphic()).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.getStyleClass().add("persona-button");
        button.setId("persona-" + choice.persona().name());
        button.setAccessibleText(choice.title() + ". " + choice.detail());
        if (choice.ready()) {
            button.disableProperty().bind(viewModel.busyProperty());
        } else {
            button.setDisable(true);
            button.getStyleClass().add("persona-starting");
        }
        button.setOnAction(event -> viewModel.connectAs(choice));
        return button;
    }

    @FXML private void newProfile() { viewModel.newProfile(); }
    @FXML private void connect() { viewModel.connect(); }
    @FXML private void testConnection() { viewModel.testConnection(); }
    @FXML private void saveProfile() { viewModel.saveProfile(); }
    @FXML private void deleteProfile() { viewModel.deleteProfile(); }
}
