package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.common.MaskedSecretField;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.QrCodes;
import com.edfapay.tokenmanager.ui.common.SecretMask;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the SDK Tokens tab to its view-model; keyboard shortcuts map to view-model actions. */
public final class SdkTokensView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final SdkTokensViewModel viewModel;
    private final Messages messages;
    private SdkTokenRow shownRow;

    @FXML private BorderPane root;
    @FXML private HBox toolbar;
    @FXML private TextField searchField;
    @FXML private ComboBox<UserType> typeFilter;
    @FXML private ComboBox<TokenStatus> statusFilter;
    @FXML private MenuButton bulkButton;
    @FXML private MenuItem bulkDisable;
    @FXML private MenuItem bulkEnable;
    @FXML private MenuItem bulkReplace;
    @FXML private Button refreshButton;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Button bannerAction;
    @FXML private SplitPane split;
    @FXML private TableView<SdkTokenRow> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<SdkTokenRow, String> nameColumn;
    @FXML private TableColumn<SdkTokenRow, String> typeColumn;
    @FXML private TableColumn<SdkTokenRow, String> unitColumn;
    @FXML private TableColumn<SdkTokenRow, String> trsmColumn;
    @FXML private TableColumn<SdkTokenRow, String> deviceColumn;
    @FXML private TableColumn<SdkTokenRow, String> tokenColumn;
    @FXML private TableColumn<SdkTokenRow, TokenStatus> statusColumn;
    @FXML private VBox bulkPane;
    @FXML private ProgressBar bulkProgress;
    @FXML private Label bulkSummary;
    @FXML private Button bulkCancel;
    @FXML private Button bulkDismiss;
    @FXML private ListView<BulkResult> bulkResults;
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
    @FXML private ProgressBar tokenProgress;
    @FXML private Label progressLabel;

    private final ReadOnlyStringWrapper selectedToken = new ReadOnlyStringWrapper();

    public SdkTokensView(SdkTokensViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindTable();
        bindDetail();
        bindBulk();
        bindProgress();
        bindBanner();
        bindKeys();
        if (viewModel.isSingleCard()) {
            showSingleCard();
        }
    }

    private void bindToolbar() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        typeFilter.getItems().setAll(viewModel.typeChoices());
        typeFilter.setConverter(SdkTokenCells.converter(viewModel::typeLabel));
        typeFilter.setButtonCell(SdkTokenCells.labelCell(viewModel::typeLabel));
        typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        statusFilter.getItems().setAll(viewModel.statusChoices());
        statusFilter.setConverter(SdkTokenCells.converter(viewModel::statusFilterLabel));
        statusFilter.setButtonCell(SdkTokenCells.labelCell(viewModel::statusFilterLabel));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        bulkButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selection().size() > 1
                ? messages.get("sdk.bulk.selected", viewModel.selection().size()) : messages.get("sdk.bulk"),
                viewModel.selection()));
        bulkButton.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
    }

    private void bindTable() {
        table.setItems(viewModel.visibleRows());
        viewModel.visibleRows().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !viewModel.isSingleCard()) {
                viewModel.selectedProperty().set(row);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SdkTokenRow>) change ->
                viewModel.selection().setAll(new ArrayList<>(table.getSelectionModel().getSelectedItems())));
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingUsersProperty())
                .then(messages.get("sdk.status.LOADING")).otherwise(messages.get("sdk.empty")));

        nameColumn.setCellValueFactory(data -> constant(data.getValue().displayName()));
        nameColumn.setCellFactory(column -> new SdkTokenCells.NameCell());
        typeColumn.setCellValueFactory(data -> constant(viewModel.typeLabel(data.getValue().userType())));
        unitColumn.setCellValueFactory(data -> constant(data.getValue().businessUnitName()));
        unitColumn.visibleProperty().bind(viewModel.merchantColumnShownProperty());
        trsmColumn.setCellValueFactory(data -> data.getValue().trsmProperty());
        deviceColumn.setCellValueFactory(data -> data.getValue().deviceIdProperty());
        tokenColumn.setCellValueFactory(data -> Bindings.createStringBinding(
                () -> SecretMask.maskLast4(data.getValue().last4()), data.getValue().tokenProperty()));
        tokenColumn.getStyleClass().add("secret-column");
        statusColumn.setCellValueFactory(data -> data.getValue().statusProperty());
        statusColumn.setCellFactory(column -> new SdkTokenCells.StatusCell(viewModel, messages));
        statusColumn.setComparator(java.util.Comparator.comparing(Enum::ordinal));

        table.getSortOrder().add(nameColumn);
        refreshRowButton.setAccessibleText(messages.get("sdk.action.refreshRow"));
        table.skinProperty().addListener((obs, old, skin) -> trackVisibleRows());
        viewModel.visibleRows().addListener((ListChangeListener<SdkTokenRow>) change -> reportVisibleRows());
    }

    /** Tells the view-model which rows are on screen whenever the table scrolls or changes. */
    private void trackVisibleRows() {
        for (var node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> reportVisibleRows());
            }
        }
        reportVisibleRows();
    }

    private void reportVisibleRows() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        List<SdkTokenRow> items = table.getItems();
        if (first == null || last == null || items.isEmpty()) {
            return;
        }
        int from = Math.max(0, first.getIndex());
        int to = Math.min(items.size(), last.getIndex() + 1);
        if (from < to) {
            viewModel.rowsOnScreen(List.copyOf(items.subList(from, to)));
        }
    }

    private void bindDetail() {
        MaskedSecretField secret = new MaskedSecretField(selectedToken, messages);
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
        root.sceneProperty().addListener((obs, old, scene) -> {
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
        detailUsername.setText(row.username());
        detailType.setText(viewModel.typeLabel(row.userType()));
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

    private void bindBulk() {
        bulkPane.visibleProperty().bind(viewModel.bulkRunProperty().isNotNull());
        bulkPane.managedProperty().bind(bulkPane.visibleProperty());
        bulkResults.setCellFactory(list -> new SdkTokenCells.BulkResultCell(messages));
        viewModel.bulkRunProperty().addListener((obs, old, run) -> {
            bulkProgress.progressProperty().unbind();
            bulkSummary.textProperty().unbind();
            bulkCancel.visibleProperty().unbind();
            bulkDismiss.visibleProperty().unbind();
            if (run == null) {
                bulkResults.setItems(javafx.collections.FXCollections.observableArrayList());
                return;
            }
            bulkResults.setItems(run.results());
            bulkProgress.progressProperty().bind(run.doneProperty().divide((double) Math.max(1, run.total())));
            bulkSummary.textProperty().bind(Bindings.createStringBinding(() -> run.runningProperty().get()
                    ? messages.get("bulk.progress", run.doneProperty().get(), run.total())
                    : messages.get("bulk.results", run.count(BulkResult.Outcome.DONE),
                    run.count(BulkResult.Outcome.FAILED), run.count(BulkResult.Outcome.SKIPPED),
                    run.count(BulkResult.Outcome.CANCELLED)), run.doneProperty(), run.runningProperty(),
                    run.results()));
            bulkCancel.visibleProperty().bind(run.runningProperty());
            bulkDismiss.visibleProperty().bind(run.runningProperty().not());
        });
    }

    private void bindProgress() {
        tokenProgress.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            int total = viewModel.tokensTotalProperty().get();
            return total == 0 ? 0.0 : viewModel.tokensDoneProperty().get() / (double) total;
        }, viewModel.tokensDoneProperty(), viewModel.tokensTotalProperty()));
        tokenProgress.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.tokensDoneProperty().get() < viewModel.tokensTotalProperty().get()
                        || viewModel.loadingUsersProperty().get(),
                viewModel.tokensDoneProperty(), viewModel.tokensTotalProperty(), viewModel.loadingUsersProperty()));
        tokenProgress.managedProperty().bind(tokenProgress.visibleProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
    }

    private void bindBanner() {
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEqualTo(SdkTokensViewModel.Banner.NONE));
        banner.managedProperty().bind(banner.visibleProperty());
        bannerText.textProperty().bind(viewModel.bannerTextProperty());
        bannerAction.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.bannerProperty().get()) {
            case KEY_REJECTED -> messages.get("sdk.banner.signOut");
            case NEEDS_USER_ID -> messages.get("sdk.banner.enterUserId");
            default -> messages.get("sdk.banner.retry");
        }, viewModel.bannerProperty()));
    }

    private void bindKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                searchField.requestFocus();
                searchField.selectAll();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                viewModel.reload();
                event.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                viewModel.copySelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.disableSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                if (!copyButton.isDisabled()) {
                    copyButton.requestFocus();
                } else {
                    generateButton.requestFocus();
                }
                event.consume();
            }
        });
    }

    /** USER, TERMINAL and SDK_USER keys see one card: their own token, same actions, no table. */
    private void showSingleCard() {
        toolbar.setVisible(false);
        toolbar.setManaged(false);
        Label title = new Label(messages.get("sdk.self.title"));
        title.getStyleClass().add("title-3");
        VBox card = new VBox(12, title, detailPane);
        card.getStyleClass().add("card-pane");
        card.setMaxWidth(560);
        split.getItems().clear();
        VBox centre = new VBox(card);
        centre.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        centre.setPadding(new javafx.geometry.Insets(24));
        root.setCenter(centre);
    }

    @FXML private void refresh() { viewModel.reload(); }
    @FXML private void bulkDisable() { viewModel.runBulk(BulkAction.DISABLE); }
    @FXML private void bulkEnable() { viewModel.runBulk(BulkAction.ENABLE); }
    @FXML private void bulkReplace() { viewModel.runBulk(BulkAction.REPLACE); }
    @FXML private void bulkCancel() { viewModel.cancelBulk(); }
    @FXML private void bulkDismiss() { viewModel.dismissBulkResults(); }
    @FXML private void copy() { viewModel.copySelected(); }
    @FXML private void toggleQr() { viewModel.toggleQr(); }
    @FXML private void generateOrReplace() { viewModel.generateOrReplaceSelected(); }
    @FXML private void toggle() { viewModel.toggleSelected(); }
    @FXML private void refreshRow() { viewModel.refreshSelected(); }

    @FXML
    private void bannerAction() {
        switch (viewModel.bannerProperty().get()) {
            case KEY_REJECTED -> viewModel.signOut();
            case NEEDS_USER_ID -> viewModel.askOwnUserId();
            default -> viewModel.retry();
        }
    }

    private static javafx.beans.binding.StringBinding orDash(ObservableValue<String> value) {
        return Bindings.createStringBinding(() -> value.getValue() == null || value.getValue().isEmpty()
                ? "\u2014" : value.getValue(), value);
    }

    private static ObservableValue<String> constant(String value) {
        return new SimpleStringProperty(value);
    }
}
