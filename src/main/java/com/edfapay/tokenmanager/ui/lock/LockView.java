package com.edfapay.tokenmanager.ui.lock;

import com.edfapay.tokenmanager.ui.common.MaskedSecretField;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The lock screen over the main window, and the toolkit side of the lock: input in any window counts as
 * activity, and on lock every other window of the app (dialogs, a show-once secret) is made invisible and inert
 * without being closed, every revealed secret in the main window is masked, and focus moves to the lock screen.
 */
public final class LockView {

    private final LockViewModel viewModel;
    private final Window mainWindow;
    private final Parent appContent;
    private final Map<Window, Double> covered = new HashMap<>();
    private final EventHandler<Event> activity;
    private final LockViewModel.Concealer concealer = new LockViewModel.Concealer() {
        @Override
        public void conceal() {
            coverApp();
        }

        @Override
        public void reveal() {
            uncoverApp();
        }
    };

    @FXML private StackPane root;
    @FXML private Label profileLabel;
    @FXML private Label problemLabel;
    @FXML private PasswordField keyField;
    @FXML private Button unlockButton;

    public LockView(LockViewModel viewModel, Window mainWindow, Parent appContent) {
        this.viewModel = viewModel;
        this.mainWindow = mainWindow;
        this.appContent = appContent;
        this.activity = event -> {
            if (!viewModel.lockedProperty().get()) {
                viewModel.userActive();
            }
        };
    }

    @FXML
    private void initialize() {
        root.setId("lockScreen");
        root.visibleProperty().bind(viewModel.lockedProperty());
        profileLabel.textProperty().bind(viewModel.profileTextProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        keyField.textProperty().bindBidirectional(viewModel.keyInputProperty());
        keyField.visibleProperty().bind(viewModel.needsKeyProperty());
        keyField.managedProperty().bind(keyField.visibleProperty());
        viewModel.needsKeyProperty().addListener((obs, old, now) -> unlockButton.setText(viewModel.unlockLabel()));
        unlockButton.setText(viewModel.unlockLabel());
        viewModel.addConcealer(concealer);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(LockView.this::watch);
            }
        });
        Window.getWindows().forEach(this::watch);
    }

    /** Every window's key and mouse input counts as activity. */
    private void watch(Window window) {
        Scene scene = window.getScene();
        if (scene != null) {
            watch(scene);
        }
        window.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                watch(now);
            }
        });
    }

    private void watch(Scene scene) {
        if (scene.getProperties().putIfAbsent(LockView.class, Boolean.TRUE) == null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, activity::handle);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity::handle);
            scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity::handle);
            scene.addEventFilter(ScrollEvent.SCROLL, activity::handle);
        }
    }

    private void coverApp() {
        for (Node node : appContent.lookupAll(".masked-secret")) {
            if (node instanceof MaskedSecretField field) {
                field.conceal();
            }
        }
        appContent.setDisable(true);
        for (Window window : Window.getWindows()) {
            if (window != mainWindow && window.isShowing() && !covered.containsKey(window)) {
                covered.put(window, window.getOpacity());
                window.setOpacity(0);
                if (window.getScene() != null) {
                    window.getScene().getRoot().setDisable(true);
                }
            }
        }
        keyField.requestFocus();
        if (!keyField.isVisible()) {
            unlockButton.requestFocus();
        }
    }

    private void uncoverApp() {
        appContent.setDisable(false);
        covered.forEach((window, opacity) -> {
            window.setOpacity(opacity);
            if (window.getScene() != null) {
                window.getScene().getRoot().setDisable(false);
            }
        });
        covered.clear();
    }

    /** Detaches from the view-model (the screen is rebuilt in another language). */
    public void dispose() {
        viewModel.removeConcealer(concealer);
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }
}
