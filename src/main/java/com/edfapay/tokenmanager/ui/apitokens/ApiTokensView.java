package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.StatusStyles;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the API Tokens tab to {@link ApiTokensViewModel}. */
public final class ApiTokensView {

    private static final Map<ApiTokenFlags.Flag, String> FLAG_ICONS = Map.of(
            ApiTokenFlags.Flag.EXPIRED, "mdmz-timer_off",
            ApiTokenFlags.Flag.EXPIRING_SOON, "mdmz-schedule",
            ApiTokenFlags.Flag.ROTATE, "mdmz-sync",
            ApiTokenFlags.Flag.UNUSED, "mdmz-snooze",
            ApiTokenFlags.Flag.REPLACED, "mdmz-swap_horiz");
    private static final Map<ApiTokenRow.Status, String> STATUS_STYLES = Map.of(
            ApiTokenRow.Status.ACTIVE, "status-active",
            ApiTokenRow.Status.DISABLED, "status-disabled",
            ApiTokenRow.Status.EXPIRED, "status-expired");

    private final ApiTokensViewModel viewModel;

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

        bindToolbar();
        bindTable();
        bindDetails();
        bindStatus();
        bindNotOffered();
    }

    private void bindToolbar() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        filterCombo.getItems().setAll(viewModel.filters());
        filterCombo.valueProperty().bindBidirectional(viewModel.filterProperty());
        filterCombo.setCellFactory(view -> new FilterCell());
        filterCombo.setButtonCell(new FilterCell());
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
        merchantColumn.visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        text(merchantColumn, ApiTokenRow::merchantProperty);
        text(nameColumn, ApiTokenRow::nameProperty);
        text(keyColumn, ApiTokenRow::keyProperty);
        text(createdColumn, ApiTokenRow::createdProperty);
        text(lastUsedColumn, ApiTokenRow::lastUsedProperty);
        text(expiresColumn, ApiTokenRow::expiresProperty);
        text(flagsColumn, ApiTokenRow::flagsTextProperty);
        keyColumn.setCellFactory(column -> new MonospaceCell());
        createdColumn.setCellFactory(column -> new FullTextCell());
        merchantColumn.setCellFactory(column -> new FullTextCell());
        nameColumn.setCellFactory(column -> new NameCell());
        flagsColumn.setCellFactory(column -> new FlagsCell());
        statusColumn.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        statusColumn.setCellFactory(column -> new StatusCell());
        statusColumn.setComparator((a, b) -> a.statusProperty().get().compareTo(b.statusProperty().get()));

        placeholderLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (viewModel.loadingProperty().get()) {
                return loadingText();
            }
            if (!viewModel.loadErrorProperty().get().isEmpty()) {
                return viewModel.loadErrorProperty().get();
            }
            return viewModel.rows().isEmpty() ? emptyText() : filteredText();
        }, viewModel.loadingProperty(), viewModel.loadErrorProperty(), viewModel.rows()));

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
            showDetails(row);
        });
        viewModel.rowVersionProperty().addListener((obs, old, now) -> {
            showDetails(viewModel.selectedProperty().get());
            table.refresh();
        });
    }

    private String loadingText() {
        return resources("api.loading");
    }

    private String emptyText() {
        return resources("api.empty");
    }

    private String filteredText() {
        return resources("api.noMatch");
    }

    private String resources(String key) {
        return viewModel.text(key);
    }

    private void bindDetails() {
        rotateButton.disableProperty().bind(viewModel.canRotateProperty().not());
        disableButton.disableProperty().bind(viewModel.canDisableProperty().not());
        enableButton.disableProperty().bind(viewModel.canEnableProperty().not());
        disableReplacedButton.disableProperty().bind(viewModel.canDisableProperty().not());
        disableButton.visibleProperty().bind(viewModel.canEnableProperty().not());
        disableButton.managedProperty().bind(disableButton.visibleProperty());
        enableButton.visibleProperty().bind(viewModel.canEnableProperty());
        enableButton.managedProperty().bind(enableButton.visibleProperty());
        detailMerchantCaption.visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        detailMerchantCaption.managedProperty().bind(detailMerchantCaption.visibleProperty());
        detailMerchant.visibleProperty().bind(viewModel.showsMerchantColumnProperty());
        detailMerchant.managedProperty().bind(detailMerchant.visibleProperty());
        showDetails(null);
    }

    private void showDetails(ApiTokenRow row) {
        detailEmpty.setVisible(row == null);
        detailEmpty.setManaged(row == null);
        detailContent.setVisible(row != null);
        detailContent.setManaged(row != null);
        if (row == null) {
            return;
        }
        detailName.textProperty().bind(row.nameProperty());
        detailKey.textProperty().bind(row.keyProperty());
        detailStatus.textProperty().bind(row.statusTextProperty());
        detailStatus.getStyleClass().removeAll(STATUS_STYLES.values());
        detailStatus.getStyleClass().add(STATUS_STYLES.get(row.statusProperty().get()));
        ownKeyNote.setVisible(row.isOwnKey());
        ownKeyNote.setManaged(row.isOwnKey());
        detailMerchant.textProperty().bind(row.merchantProperty());
        detailCreated.textProperty().bind(row.createdLongProperty());
        detailLastUsed.textProperty().bind(row.lastUsedLongProperty());
        detailExpires.textProperty().bind(row.expiresLongProperty());
        detailReason.textProperty().bind(row.disabledReasonProperty());
        boolean hasReason = !row.disabledReasonProperty().get().isEmpty();
        detailReason.setVisible(hasReason);
        detailReason.setManaged(hasReason);
        detailReasonCaption.setVisible(hasReason);
        detailReasonCaption.setManaged(hasReason);

        flagsBox.getChildren().setAll(viewModel.flagNotes(row).stream()
                .filter(note -> note.flag() != ApiTokenFlags.Flag.REPLACED)
                .map(this::flagNote).toList());
        flagsBox.setVisible(!flagsBox.getChildren().isEmpty());
        flagsBox.setManaged(flagsBox.isVisible());
        boolean replaced = row.hasFlag(ApiTokenFlags.Flag.REPLACED);
        replacedBox.setVisible(replaced);
        replacedBox.setManaged(replaced);
        replacedLabel.setText(replaced ? viewModel.replacedText(row) : "");
    }

    private Node flagNote(ApiTokensViewModel.FlagNote note) {
        FontIcon icon = new FontIcon(FLAG_ICONS.get(note.flag()));
        Label title = new Label(note.title());
        title.getStyleClass().add("flag-title");
        Label detail = new Label(note.detail());
        detail.setWrapText(true);
        detail.getStyleClass().addAll("text-small", "text-muted");
        VBox text = new VBox(2, title, detail);
        HBox box = new HBox(8, icon, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("flag-note", "flag-" + note.flag().name().toLowerCase());
        box.setId("flag-" + note.flag().name());
        return box;
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

    private static void text(TableColumn<ApiTokenRow, String> column,
                             Function<ApiTokenRow, ObservableValue<String>> property) {
        column.setCellValueFactory(data -> property.apply(data.getValue()));
    }

    private final class FilterCell extends ListCell<ApiTokensViewModel.Filter> {
        @Override
        protected void updateItem(ApiTokensViewModel.Filter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : viewModel.filterLabel(item));
        }
    }

    private static final class MonospaceCell extends TableCell<ApiTokenRow, String> {
        MonospaceCell() {
            getStyleClass().add("mono-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** Long values (a creator's username, a merchant's name) stay readable in a tooltip when the cell clips them. */
    private static final class FullTextCell extends TableCell<ApiTokenRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    private final class NameCell extends TableCell<ApiTokenRow, String> {
        private final FontIcon own = new FontIcon("mdal-link");

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ApiTokenRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            boolean ownKey = row != null && row.isOwnKey();
            setGraphic(ownKey ? own : null);
            setTooltip(empty || item == null ? null
                    : new Tooltip(ownKey ? item + " \u2014 " + viewModel.text("api.detail.ownKey") : item));
        }
    }

    private static final class StatusCell extends TableCell<ApiTokenRow, ApiTokenRow> {
        private final Label chip = new Label();

        StatusCell() {
            chip.getStyleClass().add("status-chip");
        }

        @Override
        protected void updateItem(ApiTokenRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            chip.textProperty().bind(row.statusTextProperty());
            chip.getStyleClass().removeAll(STATUS_STYLES.values());
            chip.getStyleClass().add(STATUS_STYLES.get(row.statusProperty().get()));
            setGraphic(chip);
        }
    }

    private static final class FlagsCell extends TableCell<ApiTokenRow, String> {
        private final FontIcon icon = new FontIcon("mdmz-warning");

        FlagsCell() {
            icon.getStyleClass().add("warning-icon");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean show = !empty && item != null && !item.isEmpty();
            setText(show ? item : null);
            setGraphic(show ? icon : null);
            setTooltip(show ? new Tooltip(item) : null);
        }
    }
}
