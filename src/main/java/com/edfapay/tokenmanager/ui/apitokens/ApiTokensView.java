package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the API Tokens tab to {@link ApiTokensViewModel}. The table's columns and the detail pane are set up by
 * {@link ApiTokenTableColumns} and {@link ApiTokenDetailPane}; this controller keeps the two in step.
 */
public final class ApiTokensView {

    private final ApiTokensViewModel viewModel;
    private ApiTokenDetailPane detailPane;

    @FXML private StackPane root;
    @FXML private BorderPane tokensPane;
    @FXML private TextField searchField;
    @FXML private ComboBox<ApiTokensViewModel.Filter> filterCombo;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private Button generateButton;
    @FXML private Label generateHint;
    @FXML private HBox keyRejectedBanner;
    @FXML private TableView<ApiTokenRow> table;
    @FXML private TableColumn<ApiTokenRow, String> merchantColumn;
    @FXML private TableColumn<ApiTokenRow, String> nameColumn;
    @FXML private TableColumn<ApiTokenRow, String> keyColumn;
    @FXML private TableColumn<ApiTokenRow, ApiTokenRow> statusColumn;
    @FXML private TableColumn<ApiTokenRow, String> createdColumn;
    @FXML private TableColumn<ApiTokenRow, String> lastUsedColumn;
    @FXML private TableColumn<ApiTokenRow, String> expiresColumn;
    @FXML private TableColumn<ApiTokenRow, String> flagsColumn;
    @FXML private Label placeholderLabel;
    @FXML private ScrollPane detailScroll;
    @FXML private Label detailEmpty;
    @FXML private VBox detailContent;
    @FXML private Label detailName;
    @FXML private Label detailKey;
    @FXML private Label detailStatus;
    @FXML private Label ownKeyNote;
    @FXML private Label detailMerchantCaption;
    @FXML private Label detailMerchant;
    @FXML private Label detailCreated;
    @FXML private Label detailLastUsed;
    @FXML private Label detailExpires;
    @FXML private Label detailReasonCaption;
    @FXML private Label detailReason;
    @FXML private VBox flagsBox;
    @FXML private VBox replacedBox;
    @FXML private Label replacedLabel;
    @FXML private Button disableReplacedButton;
    @FXML private Button rotateButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Button retryButton;
    @FXML private ScrollPane notOfferedPane;
    @FXML private Label dashboardNote;
    @FXML private Label connectionNote;
    @FXML private Label ownKeyLabel;
    @FXML private Label keyTestLabel;

    public ApiTokensView(ApiTokensViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tokensPane.visibleProperty().bind(viewModel.notOfferedProperty().not());
        notOfferedPane.visibleProperty().bind(viewModel.notOfferedProperty());
        detailPane = new ApiTokenDetailPane(viewModel, new ApiTokenDetailPane.Controls(detailEmpty, detailContent,
                detailName, detailKey, detailStatus, ownKeyNote, detailMerchantCaption, detailMerchant,
                detailCreated, detailLastUsed, detailExpires, detailReasonCaption, detailReason, flagsBox,
                replacedBox, replacedLabel, disableReplacedButton, rotateButton, disableButton, enableButton));

        bindToolbar();
        bindTable();
        detailPane.bind();
        bindStatus();
        bindNotOffered();
    }

    private void bindToolbar() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        filterCombo.getItems().setAll(viewModel.filters());
        filterCombo.valueProperty().bindBidirectional(viewModel.filterProperty());
        Cells.labelAll(filterCombo, viewModel::filterLabel);
        filterCombo.setTooltip(new Tooltip(filterCombo.getAccessibleText()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        generateButton.disableProperty().bind(viewModel.canGenerateProperty().not());
        Tooltip generateTip = new Tooltip();
        generateTip.textProperty().bind(viewModel.generateTooltipProperty());
        generateButton.setTooltip(generateTip);
        // A disabled button shows no tooltip, so "pick a merchant first" is also said next to it.
        generateHint.visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        generateHint.managedProperty().bind(generateHint.visibleProperty());
        keyRejectedBanner.visibleProperty().bind(viewModel.keyRejectedProperty());
        keyRejectedBanner.managedProperty().bind(keyRejectedBanner.visibleProperty());
    }

    private void bindTable() {
        SortedList<ApiTokenRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        new ApiTokenTableColumns(merchantColumn, nameColumn, keyColumn, statusColumn, createdColumn,
                lastUsedColumn, expiresColumn, flagsColumn).setUp(viewModel);

        placeholderLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (viewModel.loadingProperty().get()) {
                return viewModel.text("api.loading");
            }
            if (!viewModel.loadErrorProperty().get().isEmpty()) {
                return viewModel.loadErrorProperty().get();
            }
            return viewModel.text(viewModel.rows().isEmpty() ? "api.empty" : "api.noMatch");
        }, viewModel.loadingProperty(), viewModel.loadErrorProperty(), viewModel.rows()));

        // The two selections follow each other. The table dropping its selection while its items are replaced
        // keeps the view-model's; a row the filter hid is deselected.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !viewModel.visibleRows().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
            detailPane.show(row);
        });
        viewModel.rowVersionProperty().addListener((obs, old, now) -> {
            detailPane.show(viewModel.selectedProperty().get());
            table.refresh();
        });
    }

    private void bindStatus() {
        busyIndicator.visibleProperty().bind(viewModel.busyProperty().or(viewModel.loadingProperty()));
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        StatusStyles.follow(statusLabel, viewModel.statusKindProperty());
        retryButton.visibleProperty().bind(viewModel.retryAvailableProperty());
        retryButton.managedProperty().bind(retryButton.visibleProperty());
    }

    private void bindNotOffered() {
        dashboardNote.setText(viewModel.dashboardNote());
        connectionNote.setText(viewModel.connectionText());
        ownKeyLabel.setText(viewModel.ownKeyText());
        keyTestLabel.textProperty().bind(viewModel.keyTestResultProperty());
        StatusStyles.follow(keyTestLabel, viewModel.keyTestKindProperty());
    }

    @FXML private void refresh() { viewModel.refresh(); }
    @FXML private void generate() { viewModel.generate(); }
    @FXML private void rotate() { viewModel.rotateSelected(); }
    @FXML private void disable() { viewModel.disableSelected(); }
    @FXML private void enable() { viewModel.enableSelected(); }
    @FXML private void retry() { viewModel.retry(); }
    @FXML private void reconnect() { viewModel.signOutToReconnect(); }
    @FXML private void openDashboard() { viewModel.openDashboard(); }
    @FXML private void testKey() { viewModel.testKey(); }
    @FXML private void replaceKey() { viewModel.replaceKey(); }
    @FXML private void forgetKey() { viewModel.forgetKey(); }
}
