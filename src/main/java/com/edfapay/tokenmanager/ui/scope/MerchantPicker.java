package com.edfapay.tokenmanager.ui.scope;

import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.WrappingText;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A button in the top bar that opens a searchable, virtualised merchant list. The first entry is always
 * "All merchants". Pure binding: searching and paging live in {@link MerchantScopeViewModel}.
 */
public final class MerchantPicker extends HBox {

    /** Stands for "All merchants" in the list, which cannot hold null. */
    private static final MerchantSummary ALL = new MerchantSummary("", "", null, null, true, null);

    private final MerchantScopeViewModel viewModel;
    private final Button button = new Button();
    private final Popup popup = new Popup();
    private final TextField search = new TextField();
    private final ListView<MerchantSummary> list = new ListView<>();

    public MerchantPicker(MerchantScopeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        Label caption = new Label(messages.get("scope.merchant"));
        caption.getStyleClass().add("text-muted");
        button.setId("merchantPicker");
        button.textProperty().bind(viewModel.selectedLabelProperty());
        button.setGraphic(new FontIcon("mdmz-storefront"));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMaxWidth(320);
        button.setTooltip(new Tooltip(messages.get("scope.tooltip")));
        button.setAccessibleText(messages.get("scope.tooltip"));
        button.setOnAction(event -> open());
        setSpacing(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(caption, button);

        search.setId("merchantSearch");
        search.setPromptText(messages.get("scope.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        list.setId("merchantList");
        list.setPrefSize(380, 360);
        list.setCellFactory(view -> new MerchantCell(viewModel));
        viewModel.results().addListener((javafx.collections.ListChangeListener<MerchantSummary>) c -> fillList());
        fillList();
        list.setOnMouseClicked(event -> choose(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.ENTER) {
                choose(list.getItems().size() > 1 ? list.getItems().get(1) : ALL);
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        list.skinProperty().addListener((obs, old, skin) -> loadMoreAtTheEnd());

        Label summary = WrappingText.of("", "text-muted", "text-small");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            String problem = viewModel.errorProperty().get();
            if (!problem.isEmpty()) {
                return problem;
            }
            int shown = viewModel.results().size();
            long total = viewModel.totalMatchesProperty().get();
            return shown < total ? messages.get("scope.more", shown, total) : messages.get("scope.matches", total);
        }, viewModel.results(), viewModel.totalMatchesProperty(), viewModel.errorProperty()));
        summary.setMaxWidth(380);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        VBox box = new VBox(8, search, list, new HBox(6, progress, summary));
        box.getStyleClass().add("picker-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void fillList() {
        MerchantSummary current = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(ALL);
        list.getItems().addAll(viewModel.results());
        if (current != null && list.getItems().contains(current)) {
            list.getSelectionModel().select(current);
        }
    }

    /** Asks for the next page when the user scrolls to the bottom. */
    private void loadMoreAtTheEnd() {
        list.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(ScrollBar.class::cast)
                .forEach(bar -> bar.valueProperty().addListener((obs, old, value) -> {
                    if (value.doubleValue() >= bar.getMax() * 0.95) {
                        viewModel.loadMore();
                    }
                }));
    }

    private void open() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        var bounds = button.localToScreen(button.getBoundsInLocal());
        ((VBox) popup.getContent().get(0)).getStylesheets().setAll(getScene().getStylesheets());
        popup.show(button, bounds.getMinX(), bounds.getMaxY() + 4);
        popup.getScene().setNodeOrientation(getScene().getNodeOrientation());
        search.requestFocus();
        search.selectAll();
    }

    private void choose(MerchantSummary merchant) {
        if (merchant == null) {
            return;
        }
        if (merchant == ALL) {
            viewModel.selectAll();
        } else {
            viewModel.select(merchant);
        }
        popup.hide();
        // Give the main window its focus back, so the next click acts instead of only re-focusing it.
        getScene().getWindow().requestFocus();
        button.requestFocus();
    }


    private static final class MerchantCell extends ListCell<MerchantSummary> {
        private final MerchantScopeViewModel viewModel;

        MerchantCell(MerchantScopeViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(MerchantSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item == ALL ? viewModel.label(null) : item.name());
            setStyle(item == ALL ? "-fx-font-weight: bold;" : null);
        }
    }
}
