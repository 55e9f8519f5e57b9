package com.edfapay.tokenmanager.ui.activity;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.CssNames;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the Activity tab: search, filters, the table and the export button. */
public final class ActivityView {

    private final ActivityViewModel viewModel;

    @FXML private TextField searchField;
    @FXML private ComboBox<ActivityAction> actionCombo;
    @FXML private ComboBox<ActivityOutcome> outcomeCombo;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<ActivityEntry> table;
    @FXML private TableColumn<ActivityEntry, String> timeColumn;
    @FXML private TableColumn<ActivityEntry, String> profileColumn;
    @FXML private TableColumn<ActivityEntry, String> roleColumn;
    @FXML private TableColumn<ActivityEntry, String> actionColumn;
    @FXML private TableColumn<ActivityEntry, String> targetColumn;
    @FXML private TableColumn<ActivityEntry, ActivityOutcome> outcomeColumn;
    @FXML private TableColumn<ActivityEntry, String> detailColumn;
    @FXML private Label statusLabel;

    public ActivityView(ActivityViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        actionCombo.getItems().setAll(viewModel.actionChoices());
        Cells.labelAllWithNullChoice(actionCombo, viewModel::actionLabel);
        actionCombo.valueProperty().bindBidirectional(viewModel.actionFilterProperty());
        outcomeCombo.getItems().setAll(viewModel.outcomeChoices());
        Cells.labelAllWithNullChoice(outcomeCombo, viewModel::outcomeLabel);
        outcomeCombo.valueProperty().bindBidirectional(viewModel.outcomeFilterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        loadingIndicator.managedProperty().bind(loadingIndicator.visibleProperty());

        text(timeColumn, viewModel::timeText);
        text(profileColumn, entry -> entry.profile() + " \u00b7 " + viewModel.environmentLabel(entry.environment()));
        text(roleColumn, entry -> viewModel.roleLabel(entry.role()));
        text(actionColumn, entry -> viewModel.actionLabel(entry.action()));
        text(targetColumn, viewModel::targetText);
        text(detailColumn, ActivityEntry::detail);
        outcomeColumn.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                data.getValue().outcome()));
        outcomeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ActivityOutcome outcome, boolean empty) {
                super.updateItem(outcome, empty);
                getStyleClass().removeIf(style -> style.startsWith("outcome-"));
                if (empty || outcome == null) {
                    setText(null);
                    return;
                }
                setText(viewModel.outcomeLabel(outcome));
                getStyleClass().add(CssNames.of("outcome", outcome));
            }
        });
        SortedList<ActivityEntry> sorted = new SortedList<>(viewModel.visibleEntries());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        StatusStyles.follow(statusLabel, viewModel.statusKindProperty());
    }

    private static void text(TableColumn<ActivityEntry, String> column, Function<ActivityEntry, String> value) {
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
