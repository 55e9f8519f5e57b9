package com.edfapay.tokenmanager.ui.settings;

import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.ui.common.Cells;
import com.edfapay.tokenmanager.ui.common.StatusStyles;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Binds the Settings screen to its view-model. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML private Spinner<Integer> clipboardSpinner;
    @FXML private ComboBox<Integer> idleLockCombo;
    @FXML private ComboBox<Settings.Theme> themeCombo;
    @FXML private ComboBox<Settings.Language> languageCombo;
    @FXML private Spinner<Integer> concurrencySpinner;
    @FXML private Label flagNote;
    @FXML private Label statusLabel;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory seconds = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                Settings.MIN_CLIPBOARD_SECONDS, Settings.MAX_CLIPBOARD_SECONDS,
                viewModel.clipboardSecondsProperty().get(), 5);
        clipboardSpinner.setValueFactory(seconds);
        clipboardSpinner.setEditable(true);
        seconds.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.clipboardSecondsProperty().set(value);
            }
        });
        viewModel.clipboardSecondsProperty().addListener((obs, old, value) -> seconds.setValue(value.intValue()));

        idleLockCombo.getItems().setAll(viewModel.idleLockChoices());
        Integer idle = viewModel.idleLockMinutesProperty().get();
        if (idle != null && !idleLockCombo.getItems().contains(idle)) {
            idleLockCombo.getItems().add(idle);
            idleLockCombo.getItems().sort(null);
        }
        Cells.labelAll(idleLockCombo, viewModel::idleLockLabel);
        idleLockCombo.valueProperty().bindBidirectional(viewModel.idleLockMinutesProperty());

        themeCombo.getItems().setAll(viewModel.themes());
        Cells.labelAll(themeCombo, viewModel::themeLabel);
        themeCombo.valueProperty().bindBidirectional(viewModel.themeProperty());
        themeCombo.setDisable(viewModel.themeFixedByFlag());

        languageCombo.getItems().setAll(viewModel.languages());
        Cells.labelAll(languageCombo, viewModel::languageLabel);
        languageCombo.valueProperty().bindBidirectional(viewModel.languageProperty());
        languageCombo.setDisable(viewModel.languageFixedByFlag());

        SpinnerValueFactory.IntegerSpinnerValueFactory threads = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                Settings.MIN_CONCURRENCY, Settings.MAX_CONCURRENCY, viewModel.concurrencyProperty().get());
        concurrencySpinner.setValueFactory(threads);
        concurrencySpinner.setEditable(true);
        threads.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.concurrencyProperty().set(value);
            }
        });
        viewModel.concurrencyProperty().addListener((obs, old, value) -> threads.setValue(value.intValue()));

        // The keyboard focus lands in a spinner's text field: it carries the spinner's name for screen readers.
        clipboardSpinner.getEditor().accessibleTextProperty().bind(clipboardSpinner.accessibleTextProperty());
        concurrencySpinner.getEditor().accessibleTextProperty().bind(concurrencySpinner.accessibleTextProperty());

        String note = viewModel.flagNote();
        flagNote.setText(note);
        flagNote.setVisible(!note.isEmpty());
        flagNote.setManaged(!note.isEmpty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        StatusStyles.follow(statusLabel, viewModel.statusKindProperty());
    }

    @FXML
    private void resetToDefaults() {
        viewModel.resetToDefaults();
    }
}
