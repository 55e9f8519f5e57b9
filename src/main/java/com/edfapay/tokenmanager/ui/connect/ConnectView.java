package com.edfapay.tokenmanager.ui.connect;

import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.IconGlyph;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.PopupListOnShowSkin;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import com.edfapay.tokenmanager.ui.common.WrappingText;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Connect screen, built in code and bound to its view-model. It is the first frame of the app, so it is built
 * without FXML (a cold {@code FXMLLoader} costs the XML parser and reflection over every element) and its icons
 * without Ikonli's resolver ({@link IconGlyph}); docs/decisions/0035. Node ids are those the FXML gave them.
 */
public final class ConnectView {

    private static final Map<String, Ikon> PERSONA_ICONS = Map.of(
            "partner", Material2AL.ACCOUNT_TREE,
            "merchant", Material2MZ.STOREFRONT,
            "branch", Material2MZ.STORE_MALL_DIRECTORY,
            "user", Material2MZ.PERSON,
            "terminal", Material2MZ.POINT_OF_SALE);

    private final ConnectViewModel viewModel;
    private final Messages messages;
    private final ScrollPane root;
    private final VBox personaBox = new VBox(8);

    public ConnectView(ConnectViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        personaBox.setId("personaBox");
        VBox page = new VBox(20, header(), new HBox(24, sandboxCard(), remoteCard()), statusRow());
        ((HBox) page.getChildren().get(1)).setAlignment(Pos.TOP_LEFT);
        page.getStyleClass().add("connect-page");
        page.setPadding(new Insets(32, 40, 32, 40));
        root = new ScrollPane(page);
        root.setId("root");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.getStyleClass().add("connect-root");
    }

    public Parent root() {
        return root;
    }

    private Node header() {
        Label title = label("connect.title", "title-2");
        VBox titles = new VBox(4, title, WrappingText.of(messages.get("connect.subtitle"), "text-muted"));
        HBox.setHgrow(titles, Priority.ALWAYS);
        Button settings = button("connectSettings", "settings.open", Material2MZ.SETTINGS, "flat");
        settings.setOnAction(event -> viewModel.openSettings());
        HBox header = new HBox(12, titles, settings);
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    /** Local sandbox: one click to a working app. */
    private Node sandboxCard() {
        ProgressIndicator progress = progress("sandboxProgress");
        progress.visibleProperty().bind(viewModel.sandboxStateProperty()
                .isEqualTo(ConnectViewModel.SandboxState.STARTING));
        progress.managedProperty().bind(progress.visibleProperty());
        WrappingText status = new WrappingText();
        status.setId("sandboxStatus");
        status.textProperty().bind(viewModel.sandboxStatusProperty());
        HBox statusRow = row(8, progress, status);

        viewModel.personas().addListener((ListChangeListener<ConnectViewModel.PersonaChoice>) change -> showPersonas());
        showPersonas();

        WrappingText storageNote = WrappingText.of(messages.get("connect.sandbox.storageNote"), "text-muted", "text-small");
        storageNote.setId("sandboxStorageNote");
        storageNote.setGraphic(new IconGlyph(Material2AL.INFO));

        return card(520, 360, cardTitle(Material2AL.DEVELOPER_BOARD, "connect.sandbox.title"),
                WrappingText.of(messages.get("connect.sandbox.description"), "text-muted"), statusRow, personaBox,
                storageNote);
    }

    /** A real EdfaPay environment. */
    private Node remoteCard() {
        ComboBox<ConnectionProfile> profileCombo = PopupListOnShowSkin.install(new ComboBox<>());
        profileCombo.setId("profileCombo");
        profileCombo.setPromptText(messages.get("connect.profile.prompt"));
        profileCombo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(profileCombo, Priority.ALWAYS);
        profileCombo.setItems(viewModel.profiles());
        profileCombo.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());
        profileCombo.setConverter(Cells.converter(ConnectionProfile::name));
        Button newProfile = button("newProfileButton", "connect.profile.new", Material2AL.ADD);
        newProfile.setOnAction(event -> viewModel.newProfile());
        newProfile.disableProperty().bind(viewModel.busyProperty());

        TextField nameField = new TextField();
        nameField.setId("nameField");
        nameField.setPromptText(messages.get("connect.name.prompt"));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());

        ComboBox<Environment> environmentCombo = PopupListOnShowSkin.install(new ComboBox<>());
        environmentCombo.setId("environmentCombo");
        environmentCombo.setMaxWidth(Double.MAX_VALUE);
        environmentCombo.getItems().setAll(viewModel.environments());
        Cells.labelAll(environmentCombo, viewModel::environmentLabel);
        environmentCombo.valueProperty().bindBidirectional(viewModel.environmentProperty());

        TextField baseUrlField = new TextField();
        baseUrlField.setId("baseUrlField");
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        baseUrlField.editableProperty().bind(viewModel.baseUrlEditableProperty());

        PasswordField apiKeyField = new PasswordField();
        apiKeyField.setId("apiKeyField");
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        apiKeyField.promptTextProperty().bind(viewModel.apiKeyPromptProperty());

        CheckBox rememberBox = new CheckBox(messages.get("connect.remember"));
        rememberBox.setId("rememberBox");
        rememberBox.selectedProperty().bindBidirectional(viewModel.rememberKeyProperty());
        rememberBox.disableProperty().bind(viewModel.keychainAvailableProperty().not());

        WrappingText keychainNote = WrappingText.of(messages.get("connect.remember.unavailable"), "text-muted", "text-small");
        keychainNote.setId("keychainNote");
        showWhile(keychainNote, viewModel.keychainMissingProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        HBox profileRow = new HBox(8, profileCombo, newProfile);
        formRow(form, 0, "connect.profile", profileRow, profileCombo);
        formRow(form, 1, "connect.name", nameField, nameField);
        formRow(form, 2, "connect.environment", environmentCombo, environmentCombo);
        formRow(form, 3, "connect.baseUrl", baseUrlField, baseUrlField);
        formRow(form, 4, "connect.apiKey", apiKeyField, apiKeyField);
        form.add(rememberBox, 1, 5);
        form.add(keychainNote, 1, 6);

        WrappingText inputProblem = WrappingText.of("", "danger", "input-problem");
        inputProblem.setId("inputProblemLabel");
        inputProblem.setMaxWidth(Double.MAX_VALUE);
        inputProblem.setGraphic(new IconGlyph(Material2AL.ERROR_OUTLINE));
        inputProblem.textProperty().bind(viewModel.inputProblemProperty());
        showWhile(inputProblem, viewModel.inputProblemProperty().isNotEmpty());

        WrappingText productionWarning = WrappingText.of(messages.get("connect.production.warning"), "production-warning");
        productionWarning.setId("productionWarning");
        productionWarning.setMaxWidth(Double.MAX_VALUE);
        productionWarning.setGraphic(new IconGlyph(Material2MZ.WARNING));
        showWhile(productionWarning, viewModel.productionProperty());

        Button connect = button("connectButton", "connect.connect", Material2AL.LOGIN, "accent");
        connect.setDefaultButton(true);
        connect.setOnAction(event -> viewModel.connect());
        connect.disableProperty().bind(viewModel.canSubmitProperty().not());
        Button test = button("testButton", "connect.test", Material2AL.CHECK_CIRCLE_OUTLINE);
        test.setOnAction(event -> viewModel.testConnection());
        test.disableProperty().bind(viewModel.canSubmitProperty().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button save = button("saveButton", "connect.save", null, "flat");
        save.setOnAction(event -> viewModel.saveProfile());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        Button delete = button("deleteButton", "connect.delete", null, "flat", "danger");
        delete.setOnAction(event -> viewModel.deleteProfile());
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());

        return card(560, 420, cardTitle(Material2AL.CLOUD, "connect.remote.title"),
                WrappingText.of(messages.get("connect.remote.description"), "text-muted"), form, inputProblem,
                productionWarning, row(8, connect, test, gap, save, delete));
    }

    private Node statusRow() {
        ProgressIndicator busy = progress("busyIndicator");
        showWhile(busy, viewModel.busyProperty());
        WrappingText status = WrappingText.of("", "status-text");
        status.setId("statusLabel");
        status.textProperty().bind(viewModel.statusProperty());
        StatusStyles.follow(status, viewModel.statusKindProperty());
        return row(8, busy, status);
    }

    /** A field and its label (which names the field for assistive technology) in one row of the form. */
    private void formRow(GridPane form, int row, String labelKey, Node cell, Control field) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        form.add(cell, 1, row);
        form.add(label, 0, row);
    }

    private VBox card(double prefWidth, double minWidth, Node... children) {
        VBox card = new VBox(12, children);
        card.getStyleClass().add("card-pane");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setPrefWidth(prefWidth);
        card.setMinWidth(minWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private HBox cardTitle(Ikon ikon, String titleKey) {
        IconGlyph icon = new IconGlyph(ikon);
        icon.getStyleClass().add("accent-icon");
        return row(10, icon, label(titleKey, "title-4"));
    }

    private static HBox row(double spacing, Node... children) {
        HBox row = new HBox(spacing, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ProgressIndicator progress(String id) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId(id);
        progress.setPrefSize(16, 16);
        return progress;
    }

    private static void showWhile(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private Label label(String key, String styleClass) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(styleClass);
        return label;
    }

    private Button button(String id, String key, @org.jspecify.annotations.Nullable Ikon ikon,
                          String... styleClasses) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        if (ikon != null) {
            button.setGraphic(new IconGlyph(ikon));
        }
        button.getStyleClass().addAll(styleClasses);
        return button;
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
        IconGlyph icon = new IconGlyph(PERSONA_ICONS.getOrDefault(choice.persona().name(), Material2MZ.PERSON));
        HBox graphic = new HBox(12, icon, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
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
}
