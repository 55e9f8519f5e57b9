package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the SDK Tokens tab to its view-model; keyboard shortcuts map to view-model actions. */
public final class SdkTokensView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** Skeleton rows added per frame: a few rows' skins and CSS, well under the 50 ms a pulse may take. */
    private static final int SKELETON_STEP = 3;
    /**
     * How long the first page may take before the skeleton grows past its first row. A page that comes sooner is
     * shown at once: building a screenful of skeleton rows and then the page's cost more of the JavaFX thread than the
     * page's rows alone, and delayed the first screenful (docs/decisions/0028). A slower server gets the skeleton.
     */
    private static final long SKELETON_DELAY_NANOS = 300_000_000L;

    private final SdkTokensViewModel viewModel;
    private final Messages messages;
    /** The single row the user selected, by index; -1 for none or several (see trackIntendedSelection). */
    private int intendedIndex = -1;

    @FXML private BorderPane root;
    /** The detail pane on the right: its own FXML ({@code fx:id="detail"}) and controller. */
    @FXML private SdkTokenDetailView detailController;
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
    @FXML private ProgressBar tokenProgress;
    @FXML private Label progressLabel;
    @FXML private Button checkButton;
    @FXML private ProgressBar checkProgress;
    @FXML private Label checkLabel;
    @FXML private Button checkCancel;
    @FXML private HBox statusNotice;
    @FXML private Label statusNoticeText;

    public SdkTokensView(SdkTokensViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindTable();
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
        Cells.labelAllWithNone(typeFilter, viewModel::typeLabel);
        typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        statusFilter.getItems().setAll(viewModel.statusChoices());
        Cells.labelAllWithNone(statusFilter, viewModel::statusFilterLabel);
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        bulkButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selection().size() > 1
                ? messages.get("sdk.bulk.selected", viewModel.selection().size()) : messages.get("sdk.bulk"),
                viewModel.selection()));
        bulkButton.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        // No SortedList: a click on a column header asks the view-model, which sorts on the server (name, type)
        // or, when every row is loaded, sorts the loaded rows once. Token answers never re-sort anything.
        table.setSortPolicy(t -> {
            TableColumn<SdkTokenRow, ?> column = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            viewModel.sortBy(column == null ? null : (SdkTokensViewModel.SortColumn) column.getUserData(),
                    column == null || column.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        nameColumn.setUserData(SdkTokensViewModel.SortColumn.NAME);
        typeColumn.setUserData(SdkTokensViewModel.SortColumn.TYPE);
        trsmColumn.setUserData(SdkTokensViewModel.SortColumn.TRSM);
        deviceColumn.setUserData(SdkTokensViewModel.SortColumn.DEVICE);
        tokenColumn.setUserData(SdkTokensViewModel.SortColumn.TOKEN);
        statusColumn.setUserData(SdkTokensViewModel.SortColumn.STATUS);
        unitColumn.setSortable(false);
        for (TableColumn<SdkTokenRow, ?> local : List.of(trsmColumn, deviceColumn, tokenColumn, statusColumn)) {
            local.sortableProperty().bind(viewModel.localSortAvailableProperty());
        }
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

        new SdkTokenColumns(nameColumn, typeColumn, unitColumn, trsmColumn, deviceColumn, tokenColumn, statusColumn)
                .setUp(messages);
        unitColumn.visibleProperty().bind(viewModel.merchantColumnShownProperty());

        table.skinProperty().addListener((obs, old, skin) -> trackVisibleRows());
        viewModel.loadingUsersProperty().addListener((obs, was, loading) -> {
            if (loading) {
                skeleton.start();
            }
        });
        if (viewModel.loadingUsersProperty().get()) {
            skeleton.start();
        }
        trackIntendedSelection();
        viewModel.rows().addListener((ListChangeListener<SdkTokenRow>) change -> {
            reportVisibleRows();
            restoreIntendedSelection();
        });
        statusNotice.visibleProperty().bind(viewModel.statusFilterNoticeProperty().isNotEmpty());
        statusNotice.managedProperty().bind(statusNotice.visibleProperty());
        statusNoticeText.textProperty().bind(viewModel.statusFilterNoticeProperty());
    }

    /**
     * Skeleton rows while a first page is on its way: one as soon as the table is on screen (0029), and once the
     * page is slow (after {@link #SKELETON_DELAY_NANOS}) {@link #SKELETON_STEP} more each frame until the table's
     * viewport is full, so the user sees the table's shape instead of an empty one (docs/decisions/0027, 0028).
     */
    private final AnimationTimer skeleton = new AnimationTimer() {
        private long onScreenSince = -1;

        @Override
        public void start() {
            onScreenSince = -1;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (!viewModel.loadingUsersProperty().get()) {
                stop();
                return;
            }
            if (table.getScene() == null || table.getScene().getWindow() == null || table.getHeight() <= 0) {
                return; // not on screen yet: the app starts loading before it shows the tab
            }
            if (onScreenSince < 0) {
                onScreenSince = now;
                // One skeleton row at once: a table's first row costs the JavaFX thread 150-300 ms on a cold JVM
                // however many rows come with it (3 cost as much as 31: skins, CSS, its flow's first layout), so it
                // is paid while the first page is on its way, not on top of the page's rows (0029).
                viewModel.showSkeletonRows(1);
            }
            if (now - onScreenSince < SKELETON_DELAY_NANOS) {
                return;
            }
            int shown = table.getItems().size();
            boolean full = table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                    && flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() < shown - 1;
            if (full || !viewModel.showSkeletonRows(shown + SKELETON_STEP)) {
                stop();
            }
        }
    };

    /**
     * The row the user selected (End, Page Down, a click), by index. Every entry whose page has not arrived is the
     * same placeholder object, so when a page arrives the table's selection model cannot tell which placeholder was
     * selected and moves the selection elsewhere (or keeps the placeholder). Selection changes made while the rows
     * change are the model's, not the user's, and are undone once the change is delivered.
     */
    private void trackIntendedSelection() {
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!viewModel.rowsChanging()) {
                intendedIndex = table.getSelectionModel().getSelectedIndices().size() == 1 ? index.intValue() : -1;
            }
        });
    }

    private void restoreIntendedSelection() {
        var selection = table.getSelectionModel();
        int size = table.getItems().size();
        if (intendedIndex < 0 || intendedIndex >= size) {
            intendedIndex = -1;
            return;
        }
        SdkTokenRow intended = table.getItems().get(intendedIndex);
        if (selection.getSelectedIndex() != intendedIndex || selection.getSelectedItem() != intended
                || selection.getSelectedIndices().size() != 1) {
            int index = intendedIndex;
            selection.clearAndSelect(index);
            table.getFocusModel().focus(index);
            intendedIndex = index;
        }
    }

    /**
     * Tells the view-model which rows are on screen whenever the table scrolls, changes or has been laid out. The
     * report made while the rows change reads the flow's cells before they are laid out for the new rows, so the
     * flow's own layout pass reports again: otherwise rows the flow showed only after that pass would wait for the
     * next scroll to have their tokens read.
     */
    private void trackVisibleRows() {
        for (var node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> reportVisibleRows());
            }
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.needsLayoutProperty().addListener((obs, was, needs) -> {
                if (!needs) {
                    reportVisibleRows();
                }
            });
        }
        table.heightProperty().addListener((obs, old, height) -> reportVisibleRows());
        reportVisibleRows();
    }

    private void reportVisibleRows() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null) {
            viewModel.rowsOnScreen(first.getIndex(), last.getIndex());
        }
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
        tokenProgress.visibleProperty().bind(viewModel.loadingUsersProperty());
        tokenProgress.managedProperty().bind(tokenProgress.visibleProperty());
        tokenProgress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        checkButton.disableProperty().bind(viewModel.checkRunningProperty());
        checkProgress.progressProperty().bind(viewModel.checkProgressProperty());
        checkProgress.visibleProperty().bind(viewModel.checkRunningProperty());
        checkProgress.managedProperty().bind(checkProgress.visibleProperty());
        checkLabel.textProperty().bind(viewModel.checkTextProperty());
        checkCancel.visibleProperty().bind(viewModel.checkRunningProperty());
        checkCancel.managedProperty().bind(checkCancel.visibleProperty());
    }

    private void bindBanner() {
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEqualTo(SdkTokensViewModel.Banner.NONE));
        banner.managedProperty().bind(banner.visibleProperty());
        bannerText.textProperty().bind(viewModel.bannerTextProperty());
        bannerAction.textProperty().bind(viewModel.bannerActionTextProperty());
        bannerAction.visibleProperty().bind(viewModel.bannerActionAvailableProperty());
        bannerAction.managedProperty().bind(bannerAction.visibleProperty());
    }

    private void bindKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                searchField.requestFocus();
                searchField.selectAll();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                viewModel.refresh();
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
                detailController.focusFirstAction();
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
        VBox card = new VBox(12, title, detailController.content());
        card.getStyleClass().add("card-pane");
        card.setMaxWidth(560);
        split.getItems().clear();
        VBox centre = new VBox(card);
        centre.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        centre.setPadding(new javafx.geometry.Insets(24));
        root.setCenter(centre);
    }

    @FXML private void refresh() { viewModel.refresh(); }
    @FXML private void checkEveryToken() { viewModel.checkEveryToken(); }
    @FXML private void cancelCheck() { viewModel.cancelCheck(); }
    @FXML private void bulkDisable() { viewModel.runBulk(BulkAction.DISABLE); }
    @FXML private void bulkEnable() { viewModel.runBulk(BulkAction.ENABLE); }
    @FXML private void bulkReplace() { viewModel.runBulk(BulkAction.REPLACE); }
    @FXML private void bulkCancel() { viewModel.cancelBulk(); }
    @FXML private void bulkDismiss() { viewModel.dismissBulkResults(); }

    @FXML private void bannerAction() { viewModel.bannerAction(); }
}
