package com.edfapay.tokenmanager.ui.leakcheck;

import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Binds the Leak check screen to its view-model; no logic, no I/O. */
public final class LeakCheckView {

    private final LeakCheckViewModel viewModel;
    private final Messages messages;

    @FXML private BorderPane root;
    @FXML private TextField folderField;
    @FXML private Button chooseButton;
    @FXML private CheckBox historyCheck;
    @FXML private CheckBox gitignoreCheck;
    @FXML private Button scanButton;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private HBox exposedBanner;
    @FXML private Label exposedLabel;
    @FXML private Button disableAllButton;
    @FXML private TableView<LeakFindingRow> table;
    @FXML private TableColumn<LeakFindingRow, Classification> statusColumn;
    @FXML private TableColumn<LeakFindingRow, String> kindColumn;
    @FXML private TableColumn<LeakFindingRow, String> valueColumn;
    @FXML private TableColumn<LeakFindingRow, String> fileColumn;
    @FXML private TableColumn<LeakFindingRow, Number> lineColumn;
    @FXML private TableColumn<LeakFindingRow, String> commitColumn;
    @FXML private TableColumn<LeakFindingRow, String> ownerColumn;
    @FXML private TableColumn<LeakFindingRow, String> actionColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label summaryLabel;
    @FXML private Button disableButton;
    @FXML private Button replaceButton;
    @FXML private Label skippedLabel;

    public LeakCheckView(LeakCheckViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        folderField.textProperty().bindBidirectional(viewModel.folderProperty());
        folderField.disableProperty().bind(viewModel.runningProperty());
        chooseButton.disableProperty().bind(viewModel.runningProperty());
        historyCheck.selectedProperty().bindBidirectional(viewModel.includeHistoryProperty());
        historyCheck.disableProperty().bind(viewModel.runningProperty());
        gitignoreCheck.selectedProperty().bindBidirectional(viewModel.followGitignoreProperty());
        gitignoreCheck.disableProperty().bind(viewModel.runningProperty());
        scanButton.disableProperty().bind(viewModel.canScanProperty().not());

        progressRow.visibleProperty().bind(viewModel.runningProperty());
        progressRow.managedProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());

        exposedBanner.visibleProperty().bind(viewModel.canDisableAllProperty());
        exposedBanner.managedProperty().bind(viewModel.canDisableAllProperty());
        exposedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("leak.banner", viewModel.exposedActiveProperty().get()),
                viewModel.exposedActiveProperty()));
        disableAllButton.disableProperty().bind(viewModel.canDisableAllProperty().not());

        table.setItems(viewModel.rows());
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        placeholderLabel.textProperty().bind(viewModel.placeholderTextProperty());
        statusColumn.setCellValueFactory(cell -> cell.getValue().classificationProperty());
        statusColumn.setCellFactory(column -> new StatusCell());
        text(kindColumn, row -> new ReadOnlyStringWrapper(row.kindText()));
        text(valueColumn, row -> new ReadOnlyStringWrapper(row.masked()));
        valueColumn.getStyleClass().add("secret-column");
        text(fileColumn, row -> new ReadOnlyStringWrapper(row.path()));
        lineColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        commitColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().commitText()));
        commitColumn.setCellFactory(column -> Cells.textWithTooltip((row, text) -> row.commitDetail()));
        text(ownerColumn, row -> new ReadOnlyStringWrapper(row.ownerText()));
        actionColumn.setCellValueFactory(cell -> cell.getValue().actionTextProperty());

        summaryLabel.textProperty().bind(viewModel.summaryTextProperty());
        StatusStyles.follow(summaryLabel, viewModel.summaryKindProperty());
        disableButton.disableProperty().bind(viewModel.canDisableSelectedProperty().not());
        replaceButton.disableProperty().bind(viewModel.canReplaceSelectedProperty().not());
        skippedLabel.textProperty().bind(viewModel.skippedTextProperty());
        skippedLabel.visibleProperty().bind(viewModel.skippedTextProperty().isNotEmpty());
        skippedLabel.managedProperty().bind(skippedLabel.visibleProperty());
    }

    private static void text(TableColumn<LeakFindingRow, String> column,
                             Function<LeakFindingRow, ObservableValue<String>> value) {
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
    }

    /** The classification as a coloured chip. */
    private final class StatusCell extends TableCell<LeakFindingRow, Classification> {
        private final Label chip = new Label();

        StatusCell() {
            chip.getStyleClass().add(StatusStyles.CHIP);
        }

        @Override
        protected void updateItem(Classification item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            chip.setText(messages.get("leak.class." + item.name()));
            StatusStyles.chipLook(chip, switch (item) {
                case YOURS_ACTIVE -> "error";
                case YOURS_INACTIVE -> "disabled";
                case NOT_IN_SCOPE -> "no-token";
                case UNVERIFIED -> "stale";
            });
            setGraphic(chip);
        }
    }

    @FXML
    private void choose() {
        viewModel.chooseFolder();
    }

    @FXML
    private void scan() {
        viewModel.scan();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void disable() {
        viewModel.disableSelected();
    }

    @FXML
    private void replace() {
        viewModel.replaceSelected();
    }

    @FXML
    private void disableAll() {
        viewModel.disableAllExposed();
    }
}
